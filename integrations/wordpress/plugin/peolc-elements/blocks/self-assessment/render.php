<?php

/**
 * Server render of the self-assessment block: the element, attributes escaped, the no-JS fallback inside.
 *
 * @package PeolcElements
 *
 * @var array<string, mixed> $attributes The block's attributes.
 */

if (! defined('ABSPATH')) {
    exit;
}

echo peolc_elements_render_block('self-assessment', $attributes); // phpcs:ignore -- escaped in peolc_elements_render().
