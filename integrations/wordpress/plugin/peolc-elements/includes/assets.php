<?php

/**
 * The library's files: its stylesheet and, once per page and only on pages that use an element,
 * its autoloader as a module script. WordPress 6.1 has no script-module API (6.5 has), so the
 * module tag is printed here in wp_footer.
 *
 * @package PeolcElements
 */

if (! defined('ABSPATH')) {
    exit;
}

/**
 * Where the library is: the copy in this plugin (default, no third-party request) or a CDN.
 *
 * @return string A base address ending in '/', holding dist/cdn/ and dist/peolc-elements.css.
 */
function peolc_elements_library_base()
{
    $settings = peolc_elements_settings();
    if ('cdn' === $settings['source'] && '' !== $settings['cdn']) {
        return trailingslashit($settings['cdn']);
    }
    return PEOLC_ELEMENTS_URL . 'library/';
}

/**
 * Notes that this page shows an element: the stylesheet is enqueued (in the head when the use
 * was found before it was printed, else in the footer) and the module is printed in the footer.
 */
function peolc_elements_mark_used()
{
    $GLOBALS['peolc_elements_used'] = true;
    if (! wp_style_is('peolc-elements', 'enqueued')) {
        wp_enqueue_style('peolc-elements', peolc_elements_library_base() . 'dist/peolc-elements.css', array(), PEOLC_ELEMENTS_VERSION);
    }
}

/**
 * Before the head is printed: does the post shown use a block, a shortcode or a pasted tag?
 */
function peolc_elements_detect_usage()
{
    if (! is_singular()) {
        return;
    }
    $post = get_post();
    if (! $post) {
        return;
    }
    $content = $post->post_content;
    $used = false !== strpos($content, '<peolc-') || false !== strpos($content, '<!-- wp:peolc/');
    foreach (peolc_elements_definitions() as $definition) {
        $used = $used || has_shortcode($content, $definition['shortcode']);
    }
    if ($used) {
        peolc_elements_mark_used();
    }
}

/**
 * Prints the module once, when the page used an element (a block, a shortcode, or a pasted tag
 * found by the_content filter below).
 */
function peolc_elements_print_module()
{
    if (empty($GLOBALS['peolc_elements_used']) || ! empty($GLOBALS['peolc_elements_printed'])) {
        return;
    }
    $GLOBALS['peolc_elements_printed'] = true;
    $src = peolc_elements_library_base() . 'dist/cdn/autoload.js';
    printf(
        '<script type="module" src="%s" id="peolc-elements-module"></script>' . "\n",
        esc_url($src)
    );
}

/**
 * Content with a pasted tag (e.g. in a widget, or a post list) also needs the module.
 *
 * @param string $content The content.
 * @return string
 */
function peolc_elements_content_filter($content)
{
    if (is_string($content) && false !== strpos($content, '<peolc-')) {
        peolc_elements_mark_used();
    }
    return $content;
}
add_filter('the_content', 'peolc_elements_content_filter', 99);
add_filter('widget_text', 'peolc_elements_content_filter', 99);
add_filter('widget_block_content', 'peolc_elements_content_filter', 99);

/**
 * The editor script (plain JavaScript on the wp.* globals, no build step), shared by the six
 * blocks, and what it needs: the attribute table and the library's address for the preview.
 */
function peolc_elements_register_editor_script()
{
    wp_register_script(
        'peolc-elements-editor',
        PEOLC_ELEMENTS_URL . 'assets/editor.js',
        array('wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n'),
        PEOLC_ELEMENTS_VERSION,
        false
    );
}

/**
 * Gives the editor script the table and the library's address.
 */
function peolc_elements_editor_assets()
{
    $blocks = array();
    foreach (peolc_elements_definitions() as $key => $definition) {
        $attributes = array();
        foreach (array_merge($definition['attributes'], peolc_elements_common_attributes()) as $name => $spec) {
            $spec['name'] = $name;
            $spec['blockName'] = peolc_elements_block_attribute_name($name);
            $attributes[] = $spec;
        }
        $blocks[ 'peolc/' . $key ] = array(
            'tag' => $definition['tag'],
            'title' => $definition['title'],
            'attributes' => $attributes,
        );
    }
    $settings = peolc_elements_settings();
    $data = array(
        'blocks' => $blocks,
        'library' => peolc_elements_library_base() . 'dist/cdn/autoload.js',
        'stylesheet' => peolc_elements_library_base() . 'dist/peolc-elements.css',
        'theme' => $settings['theme'],
        'colorScheme' => $settings['color-scheme'],
    );
    wp_add_inline_script('peolc-elements-editor', 'window.peolcElementsEditor = ' . wp_json_encode($data) . ';', 'before');
}
