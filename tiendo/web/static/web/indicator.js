/* The indicator page's two charts, from the data the page embeds with json_script. */
(function () {
  "use strict";
  var source = document.getElementById("indicator-chart-data");
  if (!source || !window.echarts) { return; }
  var data = JSON.parse(source.textContent);

  // 5738.9 → "5.738,9": dot groups thousands, comma marks decimals, at most 2 decimals.
  function vn(value) {
    if (value === null || value === undefined || isNaN(value)) { return "—"; }
    var fixed = Math.abs(value).toFixed(2).replace(/\.?0+$/, "");
    var parts = fixed.split(".");
    var whole = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ".");
    return (value < 0 ? "-" : "") + whole + (parts[1] ? "," + parts[1] : "");
  }
  function withUom(value) {
    return value === null || value === undefined ? "—" : vn(value) + " " + data.uom;
  }
  var colours = { value: "#0b57a4", target: "#b42318", bar: "#0b57a4", sample: "#6b3fa0" };
  var base = { animation: false, textStyle: { fontFamily: "Segoe UI, Roboto, Noto Sans, Arial, sans-serif" } };
  var charts = [];

  var lineEl = document.getElementById("series-chart");
  if (lineEl) {
    var s = data.series;
    var line = echarts.init(lineEl, null, { renderer: "canvas" });
    line.setOption(Object.assign({}, base, {
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, data: [s.name, s.targetName] },
      tooltip: {
        trigger: "axis",
        // The full period name, then each series' value with its unit.
        formatter: function (items) {
          var i = items[0].dataIndex;
          return [s.labels[i]].concat(items.map(function (item) {
            return item.marker + item.seriesName + ": <b>" + withUom(item.value) + "</b>";
          })).join("<br>");
        }
      },
      xAxis: { type: "category", data: s.axis, axisLabel: { hideOverlap: true } },
      yAxis: { type: "value", scale: true, axisLabel: { formatter: function (v) { return vn(v); } } },
      series: [
        {
          name: s.name, type: "line", data: s.values.map(function (v, i) {
            var point = { value: v };
            if (s.samples[i]) { point.itemStyle = { color: colours.sample }; }
            if (i === s.chosen) { point.symbolSize = 12; }
            return point;
          }),
          connectNulls: true, symbolSize: 8, lineStyle: { width: 3, color: colours.value },
          itemStyle: { color: colours.value },
          label: { show: s.values.length <= 12, position: "top", formatter: function (p) { return vn(p.value); } }
        },
        {
          name: s.targetName, type: "line", data: s.targets, connectNulls: false,
          symbol: "rect", symbolSize: 7, lineStyle: { type: "dashed", width: 2, color: colours.target },
          itemStyle: { color: colours.target }
        }
      ]
    }));
    charts.push(line);
  }

  var barEl = document.getElementById("children-chart");
  if (barEl && data.children.labels.length) {
    var c = data.children;
    var bars = echarts.init(barEl, null, { renderer: "canvas" });
    // Best first from the top: the category axis runs bottom-up, so reverse it.
    bars.setOption(Object.assign({}, base, {
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: function (value) { return withUom(value); } },
      xAxis: { type: "value", axisLabel: { formatter: function (v) { return vn(v); }, hideOverlap: true } },
      yAxis: { type: "category", inverse: true, data: c.labels, axisLabel: { width: 120, overflow: "truncate" } },
      series: [{
        name: c.name, type: "bar", data: c.values, barMaxWidth: 22, itemStyle: { color: colours.bar },
        label: { show: true, position: "right", formatter: function (p) { return vn(p.value); } }
      }]
    }));
    charts.push(bars);
  }

  window.addEventListener("resize", function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
})();
