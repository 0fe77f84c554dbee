/* SPDX-License-Identifier: MIT */
/* global wp, khojalyWidgets */
/**
 * The block editor's side of the khojaly-widgets plugin: one block per widget, each with a live preview (the
 * widget itself, from the library's script) and a control per option, made from the options the library
 * declares (widgets.json). The blocks save no markup: the server renders each one (khojaly-widgets.php).
 */
(function (blocks, element, blockEditor, components) {
  var el = element.createElement;

  /** A control for one option: a menu for a choice or a range, a switch for a flag, a text field for a text. */
  function control(option, attributes, setAttributes) {
    var value = attributes[option.prop];
    var set = function (next) {
      var change = {};
      if (option.kind === 'integer') {
        // A whole number, or nothing: what is typed in the field may not be one yet.
        var number = parseInt(next, 10);
        change[option.prop] = /^\s*\d+\s*$/.test(String(next)) && number > 0 ? number : undefined;
      } else {
        change[option.prop] = next === '' ? undefined : next;
      }
      setAttributes(change);
    };
    var common = { key: option.attribute, label: option.attribute, help: option.description, __nextHasNoMarginBottom: true };
    if (option.kind === 'flag') {
      return el(components.ToggleControl, Object.assign({}, common, { checked: value === true, onChange: set }));
    }
    if (option.values) {
      var choices = [{ label: option.default === undefined ? 'Default' : 'Default (' + option.default + ')', value: '' }].concat(
        option.values.map(function (v) {
          return { label: String(v), value: String(v) };
        }),
      );
      return el(components.SelectControl, Object.assign({}, common, { value: value === undefined ? '' : String(value), options: choices, onChange: set }));
    }
    return el(components.TextControl, Object.assign({}, common, { value: value === undefined ? '' : String(value), onChange: set }));
  }

  khojalyWidgets.forEach(function (widget) {
    blocks.registerBlockType(widget.block, {
      edit: function (props) {
        var host = {};
        widget.options.forEach(function (option) {
          var value = props.attributes[option.prop];
          if (value === undefined || value === '' || value === false) return;
          host[option.attribute] = value === true ? '' : String(value);
        });
        return el(
          element.Fragment,
          null,
          el(
            blockEditor.InspectorControls,
            null,
            el(
              components.PanelBody,
              { title: 'Options' },
              widget.options.map(function (option) {
                return control(option, props.attributes, props.setAttributes);
              }),
            ),
          ),
          el('div', blockEditor.useBlockProps(), el(widget.tag, host)),
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(wp.blocks, wp.element, wp.blockEditor, wp.components);
