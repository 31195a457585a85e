<?php

/**
 * The elements the plugin offers, with their documented attributes (README, src/registry.ts and
 * the elements' JSDoc): one table that the blocks, the shortcodes and the editor read.
 *
 * @package PeolcElements
 */

if (! defined('ABSPATH')) {
    exit;
}

/**
 * Attribute kinds: flag (boolean attribute), level (heading level 2-6), ambition (1-6 or id),
 * foundation (1-8 or id), enum (one of values), list (any of values, space separated),
 * ids (a list of numbers or ids, e.g. foundations, terms), text, slug, template (a link template).
 *
 * @return array<string, array<string, mixed>>
 */
function peolc_elements_definitions()
{
    $level = array('kind' => 'level', 'label' => 'Heading level');
    return array(
        'ambition-wheel' => array(
            'tag' => 'peolc-ambition-wheel',
            'shortcode' => 'peolc-wheel',
            'title' => 'Ambition wheel',
            'attributes' => array(
                'selected' => array('kind' => 'ambition', 'label' => 'Selected ambition'),
                'show-foundations' => array('kind' => 'flag', 'label' => 'Show the eight foundations'),
                'panel' => array('kind' => 'flag', 'label' => 'Panel for the selected ambition'),
                'parts' => array(
                    'kind' => 'list',
                    'label' => 'What the panel adds',
                    'values' => array('what-we-know', 'building-blocks'),
                ),
                'href-template' => array('kind' => 'template', 'label' => 'Link template, e.g. /ambitions/{id}'),
                'label' => array('kind' => 'text', 'label' => 'Accessible name'),
                'heading-level' => $level,
            ),
        ),
        'framework' => array(
            'tag' => 'peolc-framework',
            'shortcode' => 'peolc-framework',
            'title' => 'Framework explorer',
            'attributes' => array(
                'sections' => array(
                    'kind' => 'list',
                    'label' => 'Sections (empty: all)',
                    'values' => array(
                        'title',
                        'opening',
                        'vision',
                        'ambitions',
                        'foundations',
                        'glossary',
                        'partnership',
                        'citation',
                    ),
                ),
                'ambition' => array('kind' => 'ambition', 'label' => 'One ambition alone'),
                'foundation' => array('kind' => 'foundation', 'label' => 'One foundation alone'),
                'link-terms' => array('kind' => 'flag', 'label' => 'Link glossary terms'),
                'expanded' => array('kind' => 'flag', 'label' => 'Every building block open'),
                'query' => array('kind' => 'text', 'label' => 'Search text'),
                'heading-level' => $level,
            ),
        ),
        'foundation-grid' => array(
            'tag' => 'peolc-foundation-grid',
            'shortcode' => 'peolc-foundation-grid',
            'title' => 'Foundation grid',
            'attributes' => array(
                'foundations' => array('kind' => 'ids', 'label' => 'Which foundations, e.g. 1,3,6 (empty: all)'),
                'highlight' => array('kind' => 'foundation', 'label' => 'Highlighted foundation'),
                'expanded' => array('kind' => 'flag', 'label' => 'Every tile open'),
                'hide-intro' => array('kind' => 'flag', 'label' => 'Hide the introduction line'),
                'columns' => array('kind' => 'enum', 'label' => 'Columns', 'values' => array('1', '2', '3', '4')),
                'heading-level' => $level,
            ),
        ),
        'building-blocks' => array(
            'tag' => 'peolc-building-blocks',
            'shortcode' => 'peolc-building-blocks',
            'title' => 'Building blocks',
            'attributes' => array(
                'ambition' => array('kind' => 'ambition', 'label' => 'Ambition (empty: all six)'),
                'mode' => array('kind' => 'enum', 'label' => 'Text shown', 'values' => array('summary', 'full')),
                'expanded' => array('kind' => 'flag', 'label' => 'Every card open'),
                'heading-level' => $level,
            ),
        ),
        'glossary' => array(
            'tag' => 'peolc-glossary',
            'shortcode' => 'peolc-glossary',
            'title' => 'Glossary',
            'attributes' => array(
                'terms' => array('kind' => 'ids', 'label' => 'Which terms, by id (empty: all)'),
                'query' => array('kind' => 'text', 'label' => 'Search text'),
                'label' => array('kind' => 'text', 'label' => 'Accessible name'),
            ),
        ),
        'self-assessment' => array(
            'tag' => 'peolc-self-assessment',
            'shortcode' => 'peolc-self-assessment',
            'title' => 'Self-assessment',
            'attributes' => array(
                'storage-key' => array('kind' => 'slug', 'label' => 'Storage key'),
                'storage' => array('kind' => 'enum', 'label' => 'Where answers are kept', 'values' => array('local', 'none')),
                'include' => array(
                    'kind' => 'enum',
                    'label' => 'What new assessments rate',
                    'values' => array('building-blocks', 'foundations'),
                ),
                'scale' => array(
                    'kind' => 'enum',
                    'label' => 'Scale of new assessments',
                    'values' => array('default', 'levels', 'rag', 'maturity', 'met'),
                ),
                'heading-level' => $level,
            ),
        ),
    );
}

/**
 * The attributes every element has (the element contract), offered on every block and shortcode.
 *
 * @return array<string, array<string, mixed>>
 */
function peolc_elements_common_attributes()
{
    return array(
        'theme' => array(
            'kind' => 'enum',
            'label' => 'Theme (empty: the site setting)',
            'values' => array('default', 'nhs', 'neutral', 'high-contrast'),
        ),
        'color-scheme' => array(
            'kind' => 'enum',
            'label' => 'Colour scheme (empty: the site setting)',
            'values' => array('light', 'dark', 'auto'),
        ),
    );
}

/**
 * An element attribute's name as a block attribute: show-foundations becomes showFoundations.
 *
 * @param string $name The element's attribute name.
 * @return string
 */
function peolc_elements_block_attribute_name($name)
{
    return lcfirst(str_replace(' ', '', ucwords(str_replace('-', ' ', $name))));
}

/**
 * The ids the built-in edition has, written at build time (generated/content-ids.php).
 *
 * @return array<string, array<int, string>>
 */
function peolc_elements_content_ids()
{
    static $ids = null;
    if (null === $ids) {
        $file = PEOLC_ELEMENTS_DIR . 'generated/content-ids.php';
        $ids = is_readable($file) ? include $file : array();
    }
    return $ids;
}

/**
 * Checks one attribute value against its kind. Returns the value to write, true for a flag that
 * is on, or null when it is left off (empty, off, or not valid: an invalid value is dropped so
 * the element shows its default, as it would itself).
 *
 * @param array<string, mixed> $spec  The attribute's definition.
 * @param mixed                $value The value given.
 * @return string|bool|null
 */
function peolc_elements_validate($spec, $value)
{
    if (is_bool($value)) {
        if ('flag' === $spec['kind']) {
            return $value ? true : null;
        }
        return null;
    }
    if (is_int($value) || is_float($value)) {
        $value = (string) $value;
    }
    if (! is_string($value)) {
        return null;
    }
    $value = trim($value);
    if ('' === $value) {
        // Empty: left off. (A bare flag in a shortcode arrives as true, above.)
        return null;
    }
    $ids = peolc_elements_content_ids();
    switch ($spec['kind']) {
        case 'flag':
            return in_array(strtolower($value), array('false', '0', 'no', 'off'), true) ? null : true;
        case 'level':
            return preg_match('/^[2-6]$/', $value) ? $value : null;
        case 'ambition':
        case 'foundation':
            $max = 'ambition' === $spec['kind'] ? 6 : 8;
            $known = isset($ids[ $spec['kind'] ]) ? $ids[ $spec['kind'] ] : array();
            if (preg_match('/^[0-9]+$/', $value) && (int) $value >= 1 && (int) $value <= $max) {
                return (string) (int) $value;
            }
            return in_array($value, $known, true) ? $value : null;
        case 'enum':
            return in_array($value, $spec['values'], true) ? $value : null;
        case 'list':
            $entries = preg_split('/[\s,]+/', $value, -1, PREG_SPLIT_NO_EMPTY);
            $kept = array_values(array_intersect($spec['values'], $entries));
            return $kept ? implode(' ', $kept) : null;
        case 'ids':
            $entries = preg_split('/[\s,]+/', $value, -1, PREG_SPLIT_NO_EMPTY);
            $kept = array();
            foreach ($entries as $entry) {
                if (preg_match('/^[a-z0-9][a-z0-9-]*$/', $entry)) {
                    $kept[] = $entry;
                }
            }
            return $kept ? implode(',', $kept) : null;
        case 'slug':
            return preg_match('/^[A-Za-z0-9_-]{1,64}$/', $value) ? $value : null;
        case 'template':
            if (preg_match('/^\s*(javascript|data|vbscript)\s*:/i', $value)) {
                return null;
            }
            return substr($value, 0, 500);
        case 'text':
        default:
            return substr(wp_strip_all_tags($value), 0, 200);
    }
}

/**
 * Validates a set of attributes for one element, by element attribute name.
 *
 * @param string               $key   The definition's key, e.g. ambition-wheel.
 * @param array<string, mixed> $given Values by element attribute name.
 * @return array<string, string|bool> Valid values only, in the documented order.
 */
function peolc_elements_validate_all($key, $given)
{
    $definitions = peolc_elements_definitions();
    $specs = array_merge($definitions[ $key ]['attributes'], peolc_elements_common_attributes());
    $valid = array();
    foreach ($specs as $name => $spec) {
        if (! array_key_exists($name, $given)) {
            continue;
        }
        $value = peolc_elements_validate($spec, $given[ $name ]);
        if (null !== $value) {
            $valid[ $name ] = $value;
        }
    }
    return $valid;
}
