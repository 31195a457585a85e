/**
 * The block editor's side of the six peolc blocks, in plain JavaScript on the wp.* globals (no
 * build step). Each block shows the element itself, loaded from the library the site serves, as
 * its live preview, and the element's options in the sidebar. The page itself is rendered on the
 * server (blocks/<name>/render.php), so save() writes nothing but the block's attributes.
 */
(function (wp, data) {
  'use strict';
  if (!wp || !data) return;
  const el = wp.element.createElement;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, ToggleControl, SelectControl, TextControl, CheckboxControl } = wp.components;

  let loading;
  /** Loads the library once per editor: the autoloader defines each element as it appears. */
  function loadLibrary() {
    if (!loading) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = data.stylesheet;
      document.head.append(link);
      loading = import(data.library).catch((error) => {
        console.warn('peolc-elements: the library did not load for the preview', error);
      });
    }
    return loading;
  }

  const numbers = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
  const choices = (values, labelOf) =>
    [{ label: '—', value: '' }].concat(values.map((value) => ({ label: labelOf ? labelOf(value) : value, value })));

  /** The sidebar control for one attribute. */
  function control(spec, attributes, setAttributes) {
    const value = attributes[spec.blockName];
    const set = (next) => setAttributes({ [spec.blockName]: next });
    const common = { key: spec.name, label: spec.label };
    switch (spec.kind) {
      case 'flag':
        return el(ToggleControl, { ...common, checked: Boolean(value), onChange: set });
      case 'level':
        return el(SelectControl, { ...common, value, options: choices(numbers(2, 6)), onChange: set });
      case 'ambition':
        return el(SelectControl, { ...common, value, options: choices(numbers(1, 6), (n) => `Ambition ${n}`), onChange: set });
      case 'foundation':
        return el(SelectControl, { ...common, value, options: choices(numbers(1, 8), (n) => `Foundation ${n}`), onChange: set });
      case 'enum':
        return el(SelectControl, { ...common, value, options: choices(spec.values), onChange: set });
      case 'list': {
        const chosen = String(value || '')
          .split(/[\s,]+/)
          .filter(Boolean);
        return el(
          'fieldset',
          { key: spec.name, className: 'peolc-elements-list' },
          el('legend', null, spec.label),
          spec.values.map((option) =>
            el(CheckboxControl, {
              key: option,
              label: option,
              checked: chosen.includes(option),
              onChange: (on) => set(spec.values.filter((v) => (v === option ? on : chosen.includes(v))).join(' ')),
            }),
          ),
        );
      }
      default:
        return el(TextControl, { ...common, value: value || '', onChange: set });
    }
  }

  /** The element's attributes, as the server writes them (flags bare, empty values left off). */
  function elementAttributes(specs, attributes) {
    const out = {};
    for (const spec of specs) {
      const value = attributes[spec.blockName];
      if (spec.kind === 'flag') {
        if (value) out[spec.name] = '';
      } else if (value !== undefined && value !== '') {
        out[spec.name] = String(value);
      }
    }
    if (!out.theme && data.theme) out.theme = data.theme;
    if (!out['color-scheme'] && data.colorScheme) out['color-scheme'] = data.colorScheme;
    return out;
  }

  for (const [name, block] of Object.entries(data.blocks)) {
    wp.blocks.registerBlockType(name, {
      edit(props) {
        const blockProps = useBlockProps();
        wp.element.useEffect(() => {
          loadLibrary();
        }, []);
        return el(
          wp.element.Fragment,
          null,
          el(
            InspectorControls,
            null,
            el(
              PanelBody,
              { title: block.title, initialOpen: true },
              block.attributes.map((spec) => control(spec, props.attributes, props.setAttributes)),
            ),
          ),
          el('div', blockProps, el(block.tag, elementAttributes(block.attributes, props.attributes))),
        );
      },
      save() {
        return null;
      },
    });
  }
})(window.wp, window.peolcElementsEditor);
