<?php

/**
 * Server rendering: the element, its attributes escaped, and the closest pre-rendered no-JS
 * fallback inside it. Used by the blocks' render.php and by the shortcodes.
 *
 * @package PeolcElements
 */

if (! defined('ABSPATH')) {
    exit;
}

/**
 * Registers one block per element, from blocks/<key>/block.json. The attributes come from the
 * one table in elements.php, so the block, the shortcode and the editor cannot disagree.
 */
function peolc_elements_register_blocks()
{
    peolc_elements_register_editor_script();
    $common = peolc_elements_common_attributes();
    foreach (peolc_elements_definitions() as $key => $definition) {
        $attributes = array();
        foreach (array_merge($definition['attributes'], $common) as $name => $spec) {
            $attributes[ peolc_elements_block_attribute_name($name) ] = 'flag' === $spec['kind']
                ? array('type' => 'boolean', 'default' => false)
                : array('type' => 'string', 'default' => '');
        }
        register_block_type(PEOLC_ELEMENTS_DIR . 'blocks/' . $key, array('attributes' => $attributes));
    }
}

/**
 * Renders a block: its attributes (camelCase) back to the element's names, then the element.
 *
 * @param string               $key        The definition's key.
 * @param array<string, mixed> $attributes The block's attributes.
 * @return string
 */
function peolc_elements_render_block($key, $attributes)
{
    $definitions = peolc_elements_definitions();
    $given = array();
    foreach (array_merge($definitions[ $key ]['attributes'], peolc_elements_common_attributes()) as $name => $spec) {
        $block_name = peolc_elements_block_attribute_name($name);
        if (isset($attributes[ $block_name ])) {
            $given[ $name ] = $attributes[ $block_name ];
        }
    }
    $wrapper = function_exists('get_block_wrapper_attributes') ? get_block_wrapper_attributes() : '';
    return '<div ' . $wrapper . '>' . peolc_elements_render($key, $given) . '</div>';
}

/**
 * The element's markup with its fallback inside, wrapped in a provider when the site has a
 * partner edition. Also notes that the page needs the library (printed once, in the footer).
 *
 * @param string               $key   The definition's key.
 * @param array<string, mixed> $given Values by element attribute name (not yet validated).
 * @return string
 */
function peolc_elements_render($key, $given)
{
    $definitions = peolc_elements_definitions();
    if (! isset($definitions[ $key ])) {
        return '';
    }
    $tag = $definitions[ $key ]['tag'];
    $valid = peolc_elements_validate_all($key, $given);
    $settings = peolc_elements_settings();
    foreach (array('theme', 'color-scheme') as $name) {
        if (! isset($valid[ $name ]) && '' !== $settings[ $name ]) {
            $valid[ $name ] = $settings[ $name ];
        }
    }
    peolc_elements_mark_used();

    $html = '<' . $tag;
    foreach ($valid as $name => $value) {
        $html .= true === $value ? ' ' . $name : ' ' . $name . '="' . esc_attr($value) . '"';
    }
    $html .= '>' . peolc_elements_fallback($tag, $valid) . '</' . $tag . '>';

    if ('' !== $settings['edition']) {
        $html = '<peolc-provider src="' . esc_url($settings['edition']) . '">' . $html . '</peolc-provider>';
    }
    return $html;
}

/**
 * The pre-rendered fallback closest to these attributes: of the variants whose every attribute
 * the element has with the same value, the one that matches the most (the element's defaults
 * match every element). Written at build time by integrations/wordpress/build.mjs.
 *
 * @param string                     $tag   The element's tag.
 * @param array<string, string|bool> $valid Valid attribute values.
 * @return string
 */
function peolc_elements_fallback($tag, $valid)
{
    static $index = null;
    if (null === $index) {
        $file = PEOLC_ELEMENTS_DIR . 'generated/fallbacks.php';
        $index = is_readable($file) ? include $file : array();
    }
    if (empty($index[ $tag ])) {
        return '';
    }
    $normal = peolc_elements_normalise_for_fallback($valid);
    $best = null;
    $best_score = -1;
    foreach ($index[ $tag ] as $variant) {
        $score = 0;
        foreach ($variant['attributes'] as $name => $value) {
            if (! isset($normal[ $name ]) || $normal[ $name ] !== $value) {
                $score = -1;
                break;
            }
            ++$score;
        }
        if ($score > $best_score) {
            $best = $variant;
            $best_score = $score;
        }
    }
    if (null === $best) {
        return '';
    }
    $path = PEOLC_ELEMENTS_DIR . 'fallbacks/' . basename($best['file']);
    // The file is the library's own escaped rendering, made at build time, not user input.
    return is_readable($path) ? (string) file_get_contents($path) : '';
}

/**
 * Attribute values as the variants are keyed: flags as '', ids as numbers, lists in order.
 *
 * @param array<string, string|bool> $valid Valid attribute values.
 * @return array<string, string>
 */
function peolc_elements_normalise_for_fallback($valid)
{
    $ids = peolc_elements_content_ids();
    $normal = array();
    foreach ($valid as $name => $value) {
        if (true === $value) {
            $normal[ $name ] = '';
            continue;
        }
        $value = (string) $value;
        foreach (array('ambition', 'foundation') as $kind) {
            if (! empty($ids[ $kind ])) {
                $number = array_search($value, $ids[ $kind ], true);
                if (false !== $number) {
                    $value = (string) ($number + 1);
                }
            }
        }
        $normal[ $name ] = $value;
    }
    if (isset($normal['parts'])) {
        $parts = explode(' ', $normal['parts']);
        sort($parts);
        $normal['parts'] = implode(' ', array_reverse($parts));
    }
    return $normal;
}

/**
 * Registers the shortcodes, each with the element's attribute names: [peolc-wheel selected="3"].
 */
function peolc_elements_register_shortcodes()
{
    foreach (peolc_elements_definitions() as $key => $definition) {
        add_shortcode(
            $definition['shortcode'],
            function ($atts) use ($key) {
                return peolc_elements_shortcode($key, $atts);
            }
        );
    }
}

/**
 * One shortcode. A bare attribute ([peolc-wheel panel]) is a flag that is on.
 *
 * @param string                      $key  The definition's key.
 * @param array<int|string, string>|string $atts The shortcode's attributes.
 * @return string
 */
function peolc_elements_shortcode($key, $atts)
{
    $given = array();
    foreach ((array) $atts as $name => $value) {
        if (is_int($name)) {
            $given[ strtolower($value) ] = true;
        } else {
            $given[ strtolower($name) ] = $value;
        }
    }
    return peolc_elements_render($key, $given);
}
