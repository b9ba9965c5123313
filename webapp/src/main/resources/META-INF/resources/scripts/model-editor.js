/*
 * The process admins' editors (model-editor-frame.js) run in a frame of their own. Their FEEL fields are
 * CodeMirror views, which take the shadow root an element is slotted into as their document: inside the Vaadin
 * layouts they read an empty selection from it, so the caret jumped after each key and typed text came out
 * garbled. The frame's document has no shadow root. The element gets _export() (a promise of the edited content),
 * _import(content), _modeler and, for BPMN, _update(id, property, value) and _updateTimer(id, expression); it
 * reports the selected element to the server's selected(json) and shows what the editor could not keep.
 */
(function () {
  function list(title, items) {
    const section = document.createElement('div');
    const heading = document.createElement('strong');
    heading.textContent = title;
    const entries = document.createElement('ul');
    entries.style.margin = '0';
    items.forEach(text => {
      const entry = document.createElement('li');
      entry.textContent = text;
      entries.appendChild(entry);
    });
    section.append(heading, entries);
    return section;
  }

  function warn(el, editor, texts) {
    const dropped = Array.from(editor.dropped, e => e.id + (e.type ? ' (' + e.type + ')' : ''));
    const notes = Array.from(editor.warnings, String);
    if (dropped.length === 0 && notes.length === 0) return;
    const box = document.createElement('div');
    box.id = 'editor-warnings';
    box.setAttribute('role', 'alert');
    box.style.cssText = 'padding: var(--lumo-space-s) var(--lumo-space-m); max-height: 9em; overflow: auto; '
      + 'background: var(--lumo-error-color-10pct); color: var(--lumo-error-text-color); '
      + 'font-size: var(--lumo-font-size-s)';
    if (dropped.length) box.appendChild(list(texts.dropped, dropped));
    if (notes.length) box.appendChild(list(texts.notes, notes));
    el.prepend(box);
  }

  window.creditModelEditor = {
    open: async function (el, kind, content, failureText, droppedText, notesText) {
      el.setAttribute('data-ready', 'false');
      el.style.display = 'flex';
      el.style.flexDirection = 'column';
      const frame = document.createElement('iframe');
      frame.className = 'model-editor-frame';
      frame.style.cssText = 'flex: 1; width: 100%; min-height: 0; border: 0; display: block';
      try {
        const loaded = new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
        frame.src = new URL('scripts/model-editor.html', document.baseURI).href;
        el.replaceChildren(frame);
        await loaded;
        const editor = await frame.contentWindow.creditModelFrame.open(kind, content,
          json => el.$server.selected(json));
        el._export = editor.export;
        el._import = editor.import;
        el._update = editor.update;
        el._updateTimer = editor.updateTimer;
        el._modeler = editor.modeler;
        warn(el, editor, { dropped: droppedText, notes: notesText });
        el.setAttribute('data-ready', 'true');
      } catch (e) {
        const reason = String(e && e.message ? e.message : e);
        el.setAttribute('data-error', reason);
        const notice = document.createElement('p');
        notice.className = 'model-editor-failed';
        notice.style.padding = 'var(--lumo-space-m)';
        notice.textContent = (failureText || '') + ' ' + reason;
        el.replaceChildren(notice);
      }
    }
  };
})();
