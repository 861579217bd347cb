// Draws a case's BPMN diagram with bpmn-js and marks the path taken and the current position.
(function () {
    const container = document.getElementById('audit-diagram');
    if (!container || typeof BpmnJS === 'undefined') {
        return;
    }
    const viewer = new BpmnJS({container: container});
    const showFailure = function () {
        document.getElementById('audit-diagram-unavailable').classList.remove('d-none');
    };
    Promise.all([
        fetch(container.dataset.xmlUrl).then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); }),
        fetch(container.dataset.highlightUrl).then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
    ]).then(function (loaded) {
        return viewer.importXML(loaded[0]).then(function () {
            const canvas = viewer.get('canvas');
            const elements = viewer.get('elementRegistry');
            const mark = function (ids, marker) {
                ids.filter(function (id) { return elements.get(id); })
                    .forEach(function (id) { canvas.addMarker(id, marker); });
            };
            mark(loaded[1].completed, 'audit-completed');
            mark(loaded[1].active, 'audit-active');
            mark(loaded[1].taken || [], 'audit-taken');
            canvas.zoom('fit-viewport');
        });
    }).catch(showFailure);
})();
