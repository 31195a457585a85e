<?php

/**
 * Settings → peolc-elements (administrators only; the Settings API gives the nonce and checks
 * it): theme, colour scheme, a partner edition, and where the library is served from.
 *
 * @package PeolcElements
 */

if (! defined('ABSPATH')) {
    exit;
}

/**
 * The settings, with their defaults.
 *
 * @return array<string, string>
 */
function peolc_elements_settings()
{
    $defaults = array(
        'theme' => '',
        'color-scheme' => '',
        'edition' => '',
        'source' => 'plugin',
        'cdn' => 'https://cdn.jsdelivr.net/npm/peolc-elements@' . PEOLC_ELEMENTS_VERSION . '/',
    );
    $saved = get_option('peolc_elements_settings', array());
    return array_merge($defaults, is_array($saved) ? array_intersect_key($saved, $defaults) : array());
}

/**
 * Registers the option, its sanitiser, and the fields.
 */
function peolc_elements_register_settings()
{
    register_setting(
        'peolc_elements',
        'peolc_elements_settings',
        array(
            'type' => 'array',
            'sanitize_callback' => 'peolc_elements_sanitize_settings',
            'default' => array(),
        )
    );
    add_settings_section('peolc_elements_main', '', '__return_false', 'peolc-elements');
    $fields = array(
        'theme' => 'Theme',
        'color-scheme' => 'Colour scheme',
        'edition' => 'Partner edition (JSON address)',
        'source' => 'Serve the library from',
        'cdn' => 'CDN address',
    );
    foreach ($fields as $name => $label) {
        add_settings_field(
            'peolc_elements_' . $name,
            $label,
            'peolc_elements_settings_field',
            'peolc-elements',
            'peolc_elements_main',
            array('name' => $name, 'label_for' => 'peolc-elements-' . $name)
        );
    }
}

/**
 * Keeps only valid values.
 *
 * @param mixed $input What the form sent.
 * @return array<string, string>
 */
function peolc_elements_sanitize_settings($input)
{
    $input = is_array($input) ? $input : array();
    $clean = array();
    $common = peolc_elements_common_attributes();
    foreach (array('theme', 'color-scheme') as $name) {
        $value = isset($input[ $name ]) ? sanitize_text_field(wp_unslash($input[ $name ])) : '';
        $clean[ $name ] = in_array($value, $common[ $name ]['values'], true) ? $value : '';
    }
    $source = isset($input['source']) ? sanitize_text_field(wp_unslash($input['source'])) : 'plugin';
    $clean['source'] = 'cdn' === $source ? 'cdn' : 'plugin';
    foreach (array('edition', 'cdn') as $name) {
        $value = isset($input[ $name ]) ? trim(wp_unslash($input[ $name ])) : '';
        $clean[ $name ] = '' === $value ? '' : esc_url_raw($value, array('https', 'http'));
    }
    return $clean;
}

/**
 * One field.
 *
 * @param array<string, string> $args The field's name.
 */
function peolc_elements_settings_field($args)
{
    $settings = peolc_elements_settings();
    $name = $args['name'];
    $id = 'peolc-elements-' . $name;
    $field = 'peolc_elements_settings[' . $name . ']';
    $value = $settings[ $name ];
    if ('theme' === $name || 'color-scheme' === $name || 'source' === $name) {
        $common = peolc_elements_common_attributes();
        $options = 'source' === $name
            ? array('plugin' => 'This plugin (no third-party requests)', 'cdn' => 'The CDN address below')
            : array('' => 'The element’s default');
        if ('source' !== $name) {
            foreach ($common[ $name ]['values'] as $option) {
                $options[ $option ] = $option;
            }
        }
        printf('<select id="%s" name="%s">', esc_attr($id), esc_attr($field));
        foreach ($options as $option => $label) {
            printf('<option value="%s"%s>%s</option>', esc_attr($option), selected($value, $option, false), esc_html($label));
        }
        echo '</select>';
        return;
    }
    printf(
        '<input type="url" class="regular-text" id="%s" name="%s" value="%s" />',
        esc_attr($id),
        esc_attr($field),
        esc_attr($value)
    );
    if ('edition' === $name) {
        echo '<p class="description">' . esc_html__('Given to every element through <peolc-provider src>. Empty: the built-in edition.', 'peolc-elements') . '</p>';
    }
}

/**
 * The page, under Settings, for administrators (manage_options) only.
 */
function peolc_elements_settings_menu()
{
    add_options_page('peolc-elements', 'peolc-elements', 'manage_options', 'peolc-elements', 'peolc_elements_settings_page');
}

/**
 * Prints the page; options.php checks the nonce settings_fields() writes.
 */
function peolc_elements_settings_page()
{
    if (! current_user_can('manage_options')) {
        return;
    }
    echo '<div class="wrap"><h1>' . esc_html(get_admin_page_title()) . '</h1><form action="options.php" method="post">';
    settings_fields('peolc_elements');
    do_settings_sections('peolc-elements');
    submit_button();
    echo '</form></div>';
}
