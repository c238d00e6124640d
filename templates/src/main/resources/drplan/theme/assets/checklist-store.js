/*
 * drplan checklist, part 2 of 3: the store client. Talks to the store document (assets/store.html, a hidden iframe
 * on every page; the protocol is described there) and keeps the page's copy of the checklist state. No DOM beyond
 * the frame it is given, no rendering: whoever opens a session is told of every change and renders it.
 *
 * A session is ready once the store has answered with the record, or once it is clear that the page has to work in
 * memory: the store says storage is unavailable, it never announced itself within the time limit, or what it holds
 * is damaged. state.problem then says why.
 */
(function (root) {
  'use strict';
  var core = root.drplanChecklistCore;

  /**
   * Opens the checklist state of one plan version. options: window (the page's), frame (the store iframe, may be
   * null), plan, version, answerMs (how long the store may take to announce itself), requestMs (per request).
   */
  function open(options) {
    var win = options.window;
    var frame = options.frame;
    var plan = options.plan;
    var version = options.version;
    var listeners = [];
    var pending = {};
    var nextId = 1;
    var opening = 0;
    var heard = null;

    var state = {
      ready: false,
      available: false,
      memoryOnly: false,
      problem: null,
      detail: null,
      corrupt: null,
      mode: 'exercise',
      initials: '',
      record: core.emptyRecord(plan, version, 'exercise')
    };

    function empty() { return core.emptyRecord(plan, version, state.mode); }
    function recordKey() { return core.keys.record(plan, version, state.mode); }

    function notify() { listeners.forEach(function (listener) { listener(state); }); }

    function useMemory(problem, detail) {
      state.memoryOnly = true;
      state.problem = problem;
      state.detail = detail || null;
    }

    function useStore() {
      state.memoryOnly = false;
      state.problem = null;
      state.detail = null;
      state.corrupt = null;
    }

    function post(message) {
      message.drplan = 1;
      frame.contentWindow.postMessage(message, '*');
    }

    function request(message) {
      return new Promise(function (resolve) {
        var id = nextId++;
        message.id = id;
        var timer = setTimeout(function () { delete pending[id]; resolve({ error: 'timeout' }); }, options.requestMs || 3000);
        pending[id] = function (reply) { clearTimeout(timer); resolve(reply); };
        post(message);
      });
    }

    function storeChanged(key) {
      if (!state.ready || state.memoryOnly) { return; }
      if (key === null || key === recordKey() || key === core.keys.mode(plan, version) || key === core.keys.initials) {
        load().then(notify);
      }
    }

    win.addEventListener('message', function (e) {
      var m = e.data;
      if (!frame || e.source !== frame.contentWindow || !m || m.drplan !== 1) { return; }
      if (m.ready) {
        if (heard) { heard(m); }
      } else if (m.reply) {
        if (pending[m.reply]) { pending[m.reply](m); delete pending[m.reply]; }
      } else if ('changed' in m) {
        storeChanged(m.changed);
      }
    });

    /** Resolves with the store's announcement, whether it came on the store's load or as the answer to our hello. */
    var handshake = new Promise(function (resolve) {
      if (!frame || !frame.contentWindow) { resolve({ error: 'unavailable' }); return; }
      var timer = setTimeout(function () { heard = null; resolve({ error: 'no-answer' }); }, options.answerMs || 5000);
      heard = function (announcement) {
        heard = null;
        clearTimeout(timer);
        resolve(announcement.available ? {} : { error: 'unavailable' });
      };
      post({ op: 'hello' });
    });

    /** Reads the current mode, initials and record (making `mode` the current mode first when given). */
    function load(mode) {
      var generation = ++opening;
      return request({ op: 'open', plan: plan, version: version, mode: mode }).then(function (reply) {
        if (generation !== opening) { return; }
        if (reply.error && reply.error !== 'corrupt') {
          if (mode) { state.mode = mode; state.record = empty(); }
          useMemory(reply.error, reply.detail);
          return;
        }
        var switched = reply.mode !== state.mode;
        state.mode = reply.mode;
        state.initials = reply.initials;
        if (reply.error === 'corrupt') {
          // Damaged since this page last read it: keep showing (and let the reader export) what it read then.
          if (switched) { state.record = empty(); }
          state.corrupt = reply.value;
          useMemory('corrupt');
        } else {
          useStore();
          state.record = core.readRecord(reply.value, empty());
        }
      });
    }

    var ready = handshake.then(function (answer) {
      if (answer.error) {
        useMemory(answer.error);
        return;
      }
      state.available = true;
      return load();
    }).then(function () {
      state.ready = true;
      notify();
      return state;
    });

    /** Keeps the page working after a failed write: the change lives on in this page's memory. */
    function failed(reply, applyInMemory) {
      if (reply.error === 'corrupt') { state.corrupt = reply.value; }
      useMemory(reply.error, reply.detail);
      return applyInMemory();
    }

    function appendInMemory(event) {
      return function () { state.record.events.push(event); };
    }

    function mergeInMemory(events) {
      return function () {
        var merged = core.merge(state.record.events, events);
        state.record.events = merged.events;
        return merged.added;
      };
    }

    return {
      state: state,
      ready: ready,

      /** Calls listener(state) after every change: the store answered, something was recorded, another page changed it. */
      onChange: function (listener) { listeners.push(listener); },

      /** Records a tick, untick or note now ({step, action, note?, text, number, build}), saved once ready. */
      record: function (fields) {
        var event = core.newEvent({ step: fields.step, action: fields.action, note: fields.note, text: fields.text,
          answer: fields.answer, number: fields.number, build: fields.build, initials: state.initials }, new Date());
        return ready.then(function () {
          if (state.memoryOnly) { appendInMemory(event)(); notify(); return; }
          return request({ op: 'append', key: recordKey(), event: event, empty: empty() }).then(function (reply) {
            if (reply.error) { failed(reply, appendInMemory(event)); } else { state.record = JSON.parse(reply.value); }
            notify();
          });
        });
      },

      /** Merges imported events into the record in the store (one operation there); resolves with the added events. */
      importEvents: function (events) {
        return ready.then(function () {
          var added;
          if (state.memoryOnly) {
            added = mergeInMemory(events)();
            notify();
            return added;
          }
          return request({ op: 'merge', key: recordKey(), events: events, empty: empty() }).then(function (reply) {
            if (reply.error) {
              added = failed(reply, mergeInMemory(events));
            } else {
              state.record = JSON.parse(reply.value);
              added = reply.added;
            }
            notify();
            return added;
          });
        });
      },

      /** Clears the record of the current mode: in the store when it answers, damaged data included (the user confirmed). */
      reset: function () {
        return ready.then(function () {
          if (!state.available) { state.record = empty(); notify(); return; }
          return request({ op: 'reset', key: recordKey(), empty: empty() }).then(function (reply) {
            if (reply.error) {
              useMemory(reply.error, reply.detail);
              state.record = empty();
            } else {
              useStore();
              state.record = JSON.parse(reply.value);
            }
            notify();
          });
        });
      },

      /** Switches between exercise and incident: every page of this plan version follows. */
      setMode: function (mode) {
        return ready.then(function () {
          if (mode === state.mode || !core.isMode(mode)) { return; }
          if (!state.available) {
            state.mode = mode;
            state.record = empty();
            state.corrupt = null;
            notify();
            return;
          }
          return load(mode).then(notify);
        });
      },

      /**
       * Resolves with the record of {@code mode} (of this plan version, or of {@code otherVersion}) without switching
       * to it: from the store, or this page's memory for the current mode when the store cannot be used; {error}
       * when the stored one is damaged or unreadable.
       */
      peek: function (mode, otherVersion) {
        var of = otherVersion || version;
        return ready.then(function () {
          if (!state.available || state.memoryOnly) {
            return mode === state.mode && of === version ? { record: state.record } : { record: core.emptyRecord(plan, of, mode) };
          }
          return request({ op: 'read', key: core.keys.record(plan, of, mode) }).then(function (reply) {
            if (reply.error) { return { error: reply.error }; }
            return { record: core.readRecord(reply.value, core.emptyRecord(plan, of, mode)) };
          });
        });
      },

      /** Remembers the reader's initials for every later tick, on every page. */
      setInitials: function (initials) {
        state.initials = initials;
        ready.then(function () {
          state.initials = initials; // typed before the store answered: the reader's wins over the stored ones
          if (state.available) { request({ op: 'set', key: core.keys.initials, value: initials }); }
        });
      }
    };
  }

  root.drplanChecklistStore = { open: open };
})(this);
