// Draws the indicators table's meetings, attendances and actions per council as a bar chart; the table stays the reference.
(function () {
    const canvas = document.getElementById('indicators-chart');
    if (!canvas || typeof Chart === 'undefined') {
        return;
    }
    const rows = Array.from(document.querySelectorAll('#indicators tbody tr'));
    const series = function (label, key) {
        return {label: label, data: rows.map(function (row) { return Number(row.dataset[key]); })};
    };
    new Chart(canvas, {
        type: 'bar',
        data: {
            labels: rows.map(function (row) { return row.dataset.name; }),
            datasets: [
                series(canvas.dataset.meetingsLabel, 'meetings'),
                series(canvas.dataset.attendancesLabel, 'attendances'),
                series(canvas.dataset.decidedLabel, 'decided'),
                series(canvas.dataset.doneLabel, 'done')
            ]
        },
        options: {maintainAspectRatio: false, scales: {y: {beginAtZero: true, ticks: {precision: 0}}}}
    });
})();
