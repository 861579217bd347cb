// Draws the regional view's "collectives per phase" table as a stacked bar chart; the table stays the reference.
(function () {
    const canvas = document.getElementById('region-chart');
    if (!canvas || typeof Chart === 'undefined') {
        return;
    }
    const rows = Array.from(document.querySelectorAll('#region-phases tbody tr'));
    new Chart(canvas, {
        type: 'bar',
        data: {
            labels: rows.map(function (row) { return row.dataset.label; }),
            datasets: [
                {label: canvas.dataset.onTimeLabel, data: rows.map(function (row) { return Number(row.dataset.onTime); })},
                {label: canvas.dataset.lateLabel, data: rows.map(function (row) { return Number(row.dataset.late); })}
            ]
        },
        options: {
            indexAxis: 'y',
            maintainAspectRatio: false,
            scales: {x: {stacked: true, beginAtZero: true, ticks: {precision: 0}}, y: {stacked: true}}
        }
    });
})();
