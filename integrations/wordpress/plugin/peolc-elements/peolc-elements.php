<?php

/**
 * Plugin Name:       peolc-elements
 * Plugin URI:        https://www.npmjs.com/package/peolc-elements
 * Description:       Blocks and shortcodes that show the Ambitions for Palliative and End of Life Care framework, word for word, with a no-JS fallback rendered on the server.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            peolc-elements
 * License:           MIT
 * Text Domain:       peolc-elements
 *
 * @package PeolcElements
 */

if (! defined('ABSPATH')) {
    exit;
}

// Loaded twice (two copies of the plugin): keep the first.
if (defined('PEOLC_ELEMENTS_VERSION')) {
    return;
}

define('PEOLC_ELEMENTS_VERSION', '0.1.0');
define('PEOLC_ELEMENTS_DIR', __DIR__ . '/');
define('PEOLC_ELEMENTS_URL', plugin_dir_url(__FILE__));

require_once PEOLC_ELEMENTS_DIR . 'includes/elements.php';
require_once PEOLC_ELEMENTS_DIR . 'includes/render.php';
require_once PEOLC_ELEMENTS_DIR . 'includes/assets.php';
require_once PEOLC_ELEMENTS_DIR . 'includes/kses.php';
require_once PEOLC_ELEMENTS_DIR . 'includes/settings.php';

add_action('init', 'peolc_elements_register_blocks');
add_action('init', 'peolc_elements_register_shortcodes');
add_action('enqueue_block_editor_assets', 'peolc_elements_editor_assets');
add_action('wp_enqueue_scripts', 'peolc_elements_detect_usage');
add_action('wp_footer', 'peolc_elements_print_module');
add_filter('wp_kses_allowed_html', 'peolc_elements_allowed_html', 10, 2);
add_filter('wp_kses_uri_attributes', 'peolc_elements_uri_attributes');
add_action('admin_init', 'peolc_elements_register_settings');
add_action('admin_menu', 'peolc_elements_settings_menu');
