import type { ReactiveControllerHost } from 'lit';
import type { Edition } from '../content/types.js';
import { ContentController } from './content-context.js';

/**
 * For elements that always show the full text: they import the built-in
 * edition with themselves (so a page loads it in parallel with them, not
 * after), and their edition is always there.
 */
export class FullContentController extends ContentController {
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly builtIn: Edition,
  ) {
    super(host, builtIn);
  }

  override get edition(): Edition {
    return super.edition ?? this.builtIn;
  }
}
