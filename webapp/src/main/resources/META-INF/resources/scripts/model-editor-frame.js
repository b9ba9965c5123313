/*
 * The process admins' editors on prebuilt bpmn.io distributions served from /vendor: bpmn-js Modeler (with the
 * Camunda moddle extension), dmn-js Modeler and the form-js editor, in the page scripts/model-editor.html that
 * model-editor.js frames. open() gives the host export() (a promise of the edited XML or JSON), for BPMN
 * update(id, property, value) and updateTimer(id, expression), and what the editor could not keep; the selected
 * element goes to the host's selected(json).
 */
(function () {
  const url = path => new URL(path, document.baseURI).href;

  function load(path, globalName) {
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = url(path);
      script.onload = () => resolve(window[globalName]);
      script.onerror = () => reject(new Error('cannot load ' + path));
      document.head.appendChild(script);
    });
  }

  function css(path) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = url(path);
    document.head.appendChild(link);
  }

  async function json(path) {
    const response = await fetch(url(path), { credentials: 'same-origin' });
    return response.json();
  }

  /**
   * Some of the editors' fields (a rule's annotation, a form field's label) wait 300 ms after the last key before
   * the value reaches the model; a save in that time would miss it. This debounce waits the same, and flush() hands
   * every waiting value on at once.
   */
  function flushableDebounce() {
    const waiting = new Set();
    const debounce = fn => {
      let timer;
      let self;
      let args;
      const run = () => {
        clearTimeout(timer);
        waiting.delete(run);
        fn.apply(self, args);
      };
      return function (...latest) {
        self = this;
        args = latest;
        clearTimeout(timer);
        timer = setTimeout(run, 300);
        waiting.add(run);
      };
    };
    debounce.flush = () => Array.from(waiting).forEach(run => run());
    return debounce;
  }

  /** Elements with an id in the source that the export lacks (a duplicate id counts once per element). */
  function dropped(before, after) {
    const kept = new Map();
    after.forEach(e => kept.set(e.id, (kept.get(e.id) || 0) + 1));
    return before.filter(e => {
      const left = kept.get(e.id) || 0;
      kept.set(e.id, left - 1);
      return left <= 0;
    });
  }

  function xmlIds(xml) {
    return Array.from(new DOMParser().parseFromString(xml, 'application/xml').querySelectorAll('[id]'))
      .map(e => ({ id: e.getAttribute('id'), type: e.tagName }));
  }

  function formIds(schema) {
    const found = [];
    (function walk(node) {
      if (Array.isArray(node)) {
        node.forEach(walk);
      } else if (node && typeof node === 'object') {
        if (typeof node.id === 'string') found.push({ id: node.id, type: node.type || '' });
        Object.values(node).forEach(walk);
      }
    })(schema);
    return found;
  }

  /** An import warning in one line, with the element it concerns where the library names one. */
  function note(warning) {
    const message = String(warning.message || warning).replace(/\s*\n\s*/g, '; ');
    return warning.element && warning.element.id ? warning.element.id + ': ' + message : message;
  }

  const PROPERTIES = ['camunda:candidateGroups', 'camunda:assignee', 'camunda:formKey', 'camunda:dueDate',
    'camunda:asyncBefore', 'camunda:delegateExpression', 'camunda:type', 'camunda:topic', 'camunda:historyTimeToLive',
    'camunda:decisionRef', 'isExecutable'];

  /** The process a diagram element stands for: the root, a pool's process, a collaboration's executable one. */
  function processOf(element) {
    const bo = element.businessObject;
    if (bo.$type === 'bpmn:Process') return bo;
    if (bo.$type === 'bpmn:Participant') return bo.processRef;
    if (bo.$type === 'bpmn:Collaboration') {
      const processes = (bo.participants || []).map(p => p.processRef).filter(p => p);
      return processes.find(p => p.isExecutable) || processes[0];
    }
    return undefined;
  }

  function describe(element) {
    const bo = processOf(element) || element.businessObject;
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

  function value(text) {
    if (text === '') return undefined;
    if (text === 'true') return true;
    if (text === 'false') return false;
    return text;
  }

  /**
   * bpmn-js writes a formal expression it read as <formalExpression> back as <expression xsi:type="tFormalExpression">;
   * Camunda's engine reads only the first in a human performer or potential owner, so the assignment would be lost.
   */
  function formalExpressions(xml) {
    return xml.replace(/<(\w+:)?expression xsi:type="(?:\w+:)?tFormalExpression"(\s*)>([\s\S]*?)<\/\1?expression>/g,
      (match, prefix, space, body) => '<' + (prefix || '') + 'formalExpression>' + body + '</' + (prefix || '')
        + 'formalExpression>');
  }

  /** Models of the Activiti days bind the extension attributes to Activiti's namespace; the engine reads both. */
  function camundaNamespace(xml) {
    return xml.replace(/xmlns:(\w+)="http:\/\/activiti\.org\/bpmn"/g, 'xmlns:$1="http://camunda.org/schema/1.0/bpmn"');
  }

  async function bpmn(container, content, selected) {
    ['diagram-js.css', 'bpmn-js.css', 'bpmn-font/css/bpmn.css'].forEach(f => css('../vendor/bpmn-js/assets/' + f));
    const Modeler = await load('../vendor/bpmn-js/bpmn-modeler.production.min.js', 'BpmnJS');
    const camunda = await json('../vendor/moddle/camunda-bpmn.json');
    const modeler = new Modeler({ container: container, moddleExtensions: { camunda: camunda } });
    const registry = modeler.get('elementRegistry');
    const modeling = modeler.get('modeling');
    // Nothing selected means the root: the process, whose attributes are edited like any element's.
    const report = () => {
      const element = modeler.get('selection').get()[0] || modeler.get('canvas').getRootElement();
      selected(element.businessObject ? JSON.stringify(describe(element)) : '');
    };
    modeler.on('selection.changed', report);
    modeler.on('import.done', report);
    const imported = camundaNamespace(content);
    const editor = { modeler: modeler, import: xml => modeler.importXML(camundaNamespace(xml)) };
    const { warnings } = await modeler.importXML(imported);
    modeler.get('canvas').zoom('fit-viewport');
    editor.export = async () => {
      const directEditing = modeler.get('directEditing');
      if (directEditing.isActive()) {
        directEditing.complete();
      }
      return formalExpressions((await modeler.saveXML({ format: true })).xml);
    };
    // A pool's process is no diagram element of its own: it changes through its pool.
    const change = (id, properties) => {
      const element = registry.get(id);
      if (element) {
        modeling.updateProperties(element, properties);
        return;
      }
      const pool = registry.find(e => e.businessObject.processRef && e.businessObject.processRef.id === id);
      if (pool) {
        modeling.updateModdleProperties(pool, pool.businessObject.processRef, properties);
      }
    };
    // Each change reports what is selected now: the update may arrive after the selection has moved on.
    editor.update = (id, name, text) => {
      const props = {};
      props[name] = value(text);
      change(id, props);
      report();
    };
    editor.updateTimer = (id, text) => {
      const element = registry.get(id);
      const timer = element && (element.businessObject.eventDefinitions || [])
        .find(d => d.$type === 'bpmn:TimerEventDefinition');
      const expression = timer && (timer.timeDate || timer.timeDuration || timer.timeCycle);
      if (!expression) return;
      modeling.updateModdleProperties(element, expression, { body: text });
      report();
    };
    editor.dropped = dropped(xmlIds(imported), xmlIds(await editor.export()));
    editor.warnings = warnings.map(note);
    return editor;
  }

  /**
   * Camunda Modeler 1.x to 3.x saved DMN 1.1 with the diagram's boxes in biodi extensions; dmn-js opens only DMN 1.3,
   * which Camunda 7 runs too. A decision table's elements are the same in both: the model moves to the 1.3 namespace
   * and each box becomes a DMNDI shape, as Camunda Modeler does on opening (edges are drawn again from the model).
   */
  function dmn13(xml) {
    const DMN11 = 'http://www.omg.org/spec/DMN/20151101/dmn.xsd';
    if (xml.indexOf(DMN11) < 0) return xml;
    const DMN13 = 'https://www.omg.org/spec/DMN/20191111/MODEL/';
    const DMNDI = 'https://www.omg.org/spec/DMN/20191111/DMNDI/';
    const DC = 'http://www.omg.org/spec/DMN/20180521/DC/';
    const old = new DOMParser().parseFromString(xml, 'application/xml');
    const doc = document.implementation.createDocument(DMN13, 'definitions', null);
    const copy = (from, to) => {
      Array.from(from.attributes).forEach(a => {
        if (a.name !== 'xmlns') to.setAttributeNS(a.namespaceURI, a.name, a.value);
      });
      Array.from(from.childNodes).forEach(child => {
        if (child.nodeType === Node.ELEMENT_NODE) {
          if (child.namespaceURI === 'http://bpmn.io/schema/dmn/biodi/1.0') return;
          const ns = child.namespaceURI === DMN11 ? DMN13 : child.namespaceURI;
          const element = doc.createElementNS(ns, child.prefix ? child.prefix + ':' + child.localName : child.localName);
          copy(child, element);
          if (element.localName === 'extensionElements' && element.childNodes.length === 0) return;
          to.appendChild(element);
        } else if (child.nodeType === Node.TEXT_NODE || child.nodeType === Node.CDATA_SECTION_NODE) {
          to.appendChild(doc.createTextNode(child.nodeValue));
        }
      });
    };
    const root = doc.documentElement;
    copy(old.documentElement, root);
    const diagram = doc.createElementNS(DMNDI, 'dmndi:DMNDiagram');
    old.querySelectorAll('*').forEach(element => {
      const bounds = Array.from(element.children).find(c => c.localName === 'extensionElements');
      const box = bounds && Array.from(bounds.children).find(c => c.localName === 'bounds');
      if (!box || !element.getAttribute('id')) return;
      const shape = doc.createElementNS(DMNDI, 'dmndi:DMNShape');
      shape.setAttribute('dmnElementRef', element.getAttribute('id'));
      const rect = doc.createElementNS(DC, 'dc:Bounds');
      ['x', 'y', 'width', 'height'].forEach(k => rect.setAttribute(k, box.getAttribute(k)));
      shape.appendChild(rect);
      diagram.appendChild(shape);
    });
    const di = doc.createElementNS(DMNDI, 'dmndi:DMNDI');
    di.appendChild(diagram);
    root.appendChild(di);
    return new XMLSerializer().serializeToString(doc);
  }

  async function dmn(container, content) {
    ['diagram-js.css', 'dmn-js-shared.css', 'dmn-js-drd.css', 'dmn-js-decision-table.css',
      'dmn-js-decision-table-controls.css', 'dmn-js-literal-expression.css', 'dmn-font/css/dmn.css']
      .forEach(f => css('../vendor/dmn-js/assets/' + f));
    const DmnModeler = await load('../vendor/dmn-js/dmn-modeler.production.min.js', 'DmnJS');
    const camunda = await json('../vendor/moddle/camunda-dmn.json');
    const debounce = flushableDebounce();
    const view = { additionalModules: [{ debounceInput: ['value', debounce] }] };
    const modeler = new DmnModeler({ container: container, moddleExtensions: { camunda: camunda },
      common: { keyboard: { bindTo: window } }, drd: view, decisionTable: view, literalExpression: view });
    const imported = dmn13(content);
    const { warnings } = await modeler.importXML(imported);
    const table = modeler.getViews().find(v => v.type === 'decisionTable');
    if (table) {
      await modeler.open(table);
    }
    const editor = { modeler: modeler, import: xml => modeler.importXML(dmn13(xml)) };
    editor.export = async () => {
      const directEditing = modeler.getActiveViewer().get('directEditing', false);
      if (directEditing && directEditing.isActive()) {
        directEditing.complete();
      }
      debounce.flush();
      return (await modeler.saveXML({ format: true })).xml;
    };
    editor.dropped = dropped(xmlIds(imported), xmlIds(await editor.export()));
    editor.warnings = warnings.map(note);
    return editor;
  }

  async function form(container, content) {
    ['form-js.css', 'form-js-editor.css'].forEach(f => css('../vendor/form-js/assets/' + f));
    const library = await load('../vendor/form-js/form-editor.umd.js', 'FormEditor');
    const debounce = flushableDebounce();
    const editor = new library.FormEditor({ container: container,
      additionalModules: [{ debounce: ['value', debounce] }] });
    const schema = JSON.parse(content);
    const { warnings } = await editor.importSchema(schema);
    const saved = () => {
      debounce.flush();
      return editor.saveSchema();
    };
    return { modeler: editor, export: async () => JSON.stringify(saved(), null, 2),
      dropped: dropped(formIds(JSON.parse(content)), formIds(saved())), warnings: (warnings || []).map(note) };
  }

  const editors = { BPMN: bpmn, DMN: dmn, FORM: form };

  window.creditModelFrame = {
    open: (kind, content, selected) => editors[kind](document.getElementById('canvas'), content, selected)
  };
})();
