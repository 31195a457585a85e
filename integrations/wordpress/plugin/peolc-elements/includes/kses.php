<?php

/**
 * The allowlist: the peolc-* tags and their documented attributes, and nothing else, so an
 * element pasted by an Author (no unfiltered_html) survives saving. The plugin supplies the
 * script; a pasted <script> is still removed, as WordPress removes it for everyone without
 * unfiltered_html.
 *
 * @package PeolcElements
 */

if (! defined('ABSPATH')) {
    exit;
}

/**
 * The tags and attributes, from the library's custom-elements.json (generated/allowed-html.php,
 * written at build time).
 *
 * @return array<string, array<string, bool>>
 */
function peolc_elements_allowed_tags()
{
    static $tags = null;
    if (null === $tags) {
        $file = PEOLC_ELEMENTS_DIR . 'generated/allowed-html.php';
        $tags = is_readable($file) ? include $file : array();
    }
    return $tags;
}

/**
 * Adds the tags to the 'post' context (post content, as kses filters it for users without
 * unfiltered_html), keeping whatever other plugins allowed.
 *
 * @param array<string, mixed> $allowed The allowed tags.
 * @param string|array<mixed>  $context The context.
 * @return array<string, mixed>
 */
function peolc_elements_allowed_html($allowed, $context)
{
    if ('post' !== $context) {
        return $allowed;
    }
    foreach (peolc_elements_allowed_tags() as $tag => $attributes) {
        $allowed[ $tag ] = isset($allowed[ $tag ]) ? array_merge($allowed[ $tag ], $attributes) : $attributes;
    }
    return $allowed;
}

/**
 * href-template is an address: kses checks its protocol as it does href's (no javascript:).
 *
 * @param array<int, string> $attributes The URI attributes.
 * @return array<int, string>
 */
function peolc_elements_uri_attributes($attributes)
{
    $attributes[] = 'href-template';
    return $attributes;
}
