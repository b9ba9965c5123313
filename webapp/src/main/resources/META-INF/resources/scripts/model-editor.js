/*
 * The process admins' editors on prebuilt bpmn.io distributions served from /vendor: bpmn-js Modeler (with the
 * Camunda moddle extension), dmn-js Modeler and the form-js editor. Each library is loaded once, on demand, and its
 * global is taken back afterwards, so the read-only viewer of the case pages keeps its own BpmnJS.
 * The element gets _export() (a promise of the edited XML or JSON) and, for BPMN, _update(id, property, value);
 * it reports the selected element to the server's selected(json).
 */
(function () {
  const loaded = {};
  const url = path => new URL(path, document.baseURI).href;

  function load(path, globalName) {
    if (!loaded[path]) {
      loaded[path] = new Promise((resolve, reject) => {
        const previous = window[globalName];
        const script = document.createElement('script');
        script.src = url(path);
        script.onload = () => {
          const library = window[globalName];
          if (previous !== undefined) {
            window[globalName] = previous;
          }
          resolve(library);
        };
        script.onerror = () => reject(new Error('cannot load ' + path));
        document.head.appendChild(script);
      });
    }
    return loaded[path];
  }

  function css(path) {
    const href = url(path);
    if (!document.querySelector('link[href="' + href + '"]')) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      document.head.appendChild(link);
    }
  }

  async function json(path) {
    const response = await fetch(url(path), { credentials: 'same-origin' });
    return response.json();
  }

  const PROPERTIES = ['camunda:candidateGroups', 'camunda:assignee', 'camunda:formKey', 'camunda:dueDate',
    'camunda:asyncBefore', 'camunda:delegateExpression', 'camunda:historyTimeToLive', 'camunda:decisionRef'];

  function describe(element) {
    const bo = element.businessObject;
    const props = {};
    PROPERTIES.forEach(p => {
      const value = bo.get(p);
      if (value !== undefined && value !== null && value !== '') {
        props[p] = String(value);
      }
    });
    const timer = (bo.eventDefinitions || []).find(d => d.$type === 'bpmn:TimerEventDefinition');
    if (timer) {
      const expression = timer.timeDate || timer.timeDuration || timer.timeCycle;
      props.timer = expression ? expression.body : '';
    }
    return { id: bo.id, type: bo.$type, name: bo.name || '', props: props };
  }

  /** Tells the server what is selected now: an update may arrive after the selection has moved on. */
  function reportSelection(el, modeler) {
    const selected = modeler.get('selection').get()[0];
    el.$server.selected(selected ? JSON.stringify(describe(selected)) : '');
  }

  function value(text) {
    if (text === '') return undefined;
    if (text === 'true') return true;
    if (text === 'false') return false;
    return text;
  }

  async function bpmn(el, content) {
    ['diagram-js.css', 'bpmn-js.css', 'bpmn-font/css/bpmn.css'].forEach(f => css('vendor/bpmn-js/assets/' + f));
    const Modeler = await load('vendor/bpmn-js/bpmn-modeler.production.min.js', 'BpmnJS');
    const camunda = await json('vendor/moddle/camunda-bpmn.json');
    const modeler = new Modeler({ container: el, moddleExtensions: { camunda: camunda } });
    await modeler.importXML(content);
    modeler.get('canvas').zoom('fit-viewport');
    modeler.on('selection.changed', e => {
      const selected = e.newSelection[0];
      el.$server.selected(selected ? JSON.stringify(describe(selected)) : '');
    });
    el._export = async () => (await modeler.saveXML({ format: true })).xml;
    el._update = (id, name, text) => {
      const element = modeler.get('elementRegistry').get(id);
      if (!element) return;
      const props = {};
      props[name] = value(text);
      modeler.get('modeling').updateProperties(element, props);
      reportSelection(el, modeler);
    };
    el._updateTimer = (id, text) => {
      const element = modeler.get('elementRegistry').get(id);
      const timer = element && (element.businessObject.eventDefinitions || [])
        .find(d => d.$type === 'bpmn:TimerEventDefinition');
      const expression = timer && (timer.timeDate || timer.timeDuration || timer.timeCycle);
      if (!expression) return;
      modeler.get('modeling').updateModdleProperties(element, expression, { body: text });
      reportSelection(el, modeler);
    };
    el._modeler = modeler;
  }

  async function dmn(el, content) {
    ['diagram-js.css', 'dmn-js-shared.css', 'dmn-js-drd.css', 'dmn-js-decision-table.css',
      'dmn-js-decision-table-controls.css', 'dmn-js-literal-expression.css', 'dmn-font/css/dmn.css']
      .forEach(f => css('vendor/dmn-js/assets/' + f));
    const DmnModeler = await load('vendor/dmn-js/dmn-modeler.production.min.js', 'DmnJS');
    const camunda = await json('vendor/moddle/camunda-dmn.json');
    const modeler = new DmnModeler({ container: el, common: { keyboard: { bindTo: window } },
      moddleExtensions: { camunda: camunda } });
    await modeler.importXML(content);
    const table = modeler.getViews().find(v => v.type === 'decisionTable');
    if (table) {
      await modeler.open(table);
    }
    el._export = async () => (await modeler.saveXML({ format: true })).xml;
    el._modeler = modeler;
  }

  async function form(el, content) {
    ['form-js.css', 'form-js-editor.css'].forEach(f => css('vendor/form-js/assets/' + f));
    const library = await load('vendor/form-js/form-editor.umd.js', 'FormEditor');
    const editor = await library.createFormEditor({ container: el, schema: JSON.parse(content) });
    el._export = async () => JSON.stringify(editor.saveSchema(), null, 2);
    el._modeler = editor;
  }

  window.creditModelEditor = {
    open: async function (el, kind, content) {
      el.setAttribute('data-ready', 'false');
      try {
        if (kind === 'BPMN') {
          await bpmn(el, content);
        } else if (kind === 'DMN') {
          await dmn(el, content);
        } else {
          await form(el, content);
        }
        el.setAttribute('data-ready', 'true');
      } catch (e) {
        el.setAttribute('data-error', String(e && e.message ? e.message : e));
      }
    }
  };
})();
