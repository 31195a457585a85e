/**
 * Defines `<peolc-building-blocks>` and `<peolc-building-block>`.
 * @module
 */
import { defineElement } from './internal/define.js';
import type { BuildingBlockToggleDetail } from './elements/shared/events.js';
import type { BuildingBlockMode } from './model/building-block-lookup.js';
import { PeolcBuildingBlock } from './elements/building-blocks/peolc-building-block.js';
import { PeolcBuildingBlocks } from './elements/building-blocks/peolc-building-blocks.js';

export { PeolcBuildingBlocks, PeolcBuildingBlock };
export type { BuildingBlockMode, BuildingBlockToggleDetail };

defineElement('peolc-building-blocks', PeolcBuildingBlocks);
defineElement('peolc-building-block', PeolcBuildingBlock);

declare global {
  interface HTMLElementTagNameMap {
    'peolc-building-blocks': PeolcBuildingBlocks;
    'peolc-building-block': PeolcBuildingBlock;
  }
}
