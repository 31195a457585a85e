/**
 * Every element class and the content API, without registering any tag:
 * for scoped custom element registries, or to register under other names.
 * `import { PeolcAmbitionWheel } from 'peolc-elements/classes.js'`, then
 * `registry.define('my-wheel', class extends PeolcAmbitionWheel {})`.
 * @module
 */
export * from './content/index.js';
export { contentContext, ContentController, builtInContent } from './context/content-context.js';
export type { ContentContextValue } from './context/content-context.js';
export { formatUiString } from './context/ui-strings.js';
export { defaultUiStrings } from './context/default-ui-strings.js';
export { mergeUiStrings } from './context/merge-ui-strings.js';
export type { UiStrings, UiStringKey } from './context/ui-strings.js';
export { defineElement } from './internal/define.js';
export { PeolcElement } from './elements/shared/peolc-element.js';
export type { ThemeName, ColorScheme, PeolcPropertyDeclaration } from './elements/shared/peolc-element.js';
export type { PeolcEventDetails, PeolcEventMap } from './elements/shared/events.js';
export { elements, peolcTags, elementEntries } from './registry.js';
export type { ElementInfo, PeolcTag } from './registry.js';
export { version } from './internal/version.generated.js';
export { PeolcProvider } from './elements/provider/peolc-provider.js';
export type { ProviderStatus, ContentLoadDetail, ContentErrorDetail } from './elements/provider/peolc-provider.js';
export { PeolcAmbitionWheel } from './elements/ambition-wheel/peolc-ambition-wheel.js';
export type { AmbitionSelectDetail } from './elements/ambition-wheel/peolc-ambition-wheel.js';
export { PeolcAmbition } from './elements/ambition-wheel/peolc-ambition.js';
export { PeolcFoundationGrid } from './elements/foundation-grid/peolc-foundation-grid.js';
export type { FoundationToggleDetail } from './elements/foundation-grid/peolc-foundation-grid.js';
export { PeolcBuildingBlocks } from './elements/building-blocks/peolc-building-blocks.js';
export { PeolcBuildingBlock } from './elements/building-blocks/peolc-building-block.js';
export { PeolcGlossary } from './elements/glossary/peolc-glossary.js';
export { PeolcTerm } from './elements/glossary/peolc-term.js';
export type { BuildingBlockToggleDetail } from './elements/shared/events.js';
export type { BuildingBlockMode } from './model/building-block-lookup.js';
export type { GlossarySearchDetail } from './elements/glossary/peolc-glossary.js';
export type { TermToggleDetail } from './elements/glossary/peolc-term.js';
export { PeolcFramework } from './elements/framework/peolc-framework.js';
export type { FrameworkSearchDetail, FrameworkSectionName } from './elements/framework/peolc-framework.js';
export { PeolcSelfAssessment } from './elements/self-assessment/peolc-self-assessment.js';
export type { Assessment, AssessmentChange, AssessmentChangeDetail, Scale, ScaleLevel } from './elements/self-assessment/peolc-self-assessment.js';
export { PeolcProgressWheel, progressPictureStyles, renderProgressPicture } from './elements/progress/peolc-progress-wheel.js';
export type { ProgressBand, ProgressPattern, ProgressPictureStrings } from './elements/progress/peolc-progress-wheel.js';
