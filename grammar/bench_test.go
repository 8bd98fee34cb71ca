package grammar

import (
	"path/filepath"
	"runtime"
	"sort"
	"testing"
	"time"
)

// BenchmarkNewIndex measures the per-vocabulary preprocessing (token trie
// and built-in automaton masks) for Qwen2.5's 151,665 ids; cpu-ms/op is
// the process CPU time (GC included).
func BenchmarkNewIndex(b *testing.B) {
	tok, _ := qwen(b)
	var ms runtime.MemStats
	var cpu time.Duration
	for i := 0; i < b.N; i++ {
		runtime.GC()
		runtime.ReadMemStats(&ms)
		before := ms.HeapAlloc
		cpu0 := processCPU()
		ix, err := NewIndex(tok)
		cpu += processCPU() - cpu0
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		runtime.ReadMemStats(&ms)
		b.ReportMetric(float64(ms.HeapAlloc-before)/(1<<20), "live-MB")
		b.ReportMetric(float64(ix.TrieNodes()), "trie-nodes")
		runtime.KeepAlive(ix)
	}
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

// BenchmarkMaskBenchSample compiles every 20th MaskBench schema and replays
// its valid instances with masks; it reports mask and compile percentiles.
func BenchmarkMaskBenchSample(b *testing.B) {
	tok, ix := qwen(b)
	dir := filepath.Join(fixtures(b), "jsonschema", "maskbench")
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	sort.Strings(files)
	var maskUS, compileMS []float64
	mask := make([]uint64, ix.MaskWords())
	for i := 0; i < b.N; i++ {
		for fi, f := range files {
			if fi%20 != 0 {
				continue
			}
			doc, err := ParseJSON(readFile(b, f))
			if err != nil {
				continue
			}
			schema, _ := doc.(*Object).Get("schema")
			st := time.Now()
			g, err := CompileSchemaValue(ix, schema, Options{AnyOrder: true})
			if err != nil {
				continue
			}
			compileMS = append(compileMS, float64(time.Since(st).Microseconds())/1000)
			tests, _ := doc.(*Object).Get("tests")
			for _, tv := range tests.([]any) {
				tc := tv.(*Object)
				if v, _ := tc.Get("valid"); v != true {
					continue
				}
				inst, _ := tc.Get("data")
				m := g.NewMatcher()
				for _, id := range tok.Encode(string(AppendJSON(nil, inst))) {
					t0 := time.Now()
					m.Mask(mask)
					maskUS = append(maskUS, float64(time.Since(t0).Nanoseconds())/1000)
					if m.Accept(id) != nil {
						break
					}
				}
			}
		}
	}
	pc := func(xs []float64, p float64) float64 {
		sort.Float64s(xs)
		if len(xs) == 0 {
			return 0
		}
		return xs[min(len(xs)-1, int(float64(len(xs))*p/100))]
	}
	b.ReportMetric(pc(maskUS, 50), "mask-p50-µs")
	b.ReportMetric(pc(maskUS, 99), "mask-p99-µs")
	b.ReportMetric(pc(maskUS, 100), "mask-max-µs")
	b.ReportMetric(pc(compileMS, 50), "compile-p50-ms")
	b.ReportMetric(pc(compileMS, 99), "compile-p99-ms")
}
