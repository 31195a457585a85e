<?php

/**
 * Server render of the glossary block: the element, attributes escaped, the no-JS fallback inside.
 *
 * @package PeolcElements
 *
 * @var array<string, mixed> $attributes The block's attributes.
 */

if (! defined('ABSPATH')) {
    exit;
}

echo peolc_elements_render_block('glossary', $attributes); // phpcs:ignore -- escaped in peolc_elements_render().
