package grammar

import (
	"path/filepath"
	"testing"
)

// slowSchemas are the MaskBench schemas that were slowest to compile or
// had the slowest single mask (measured with `qwenkit schema bench --json`).
var slowSchemas = []string{
	"Github_ultra---o44208.json", "Github_hard---o64556.json", "Kubernetes---kb_735_Normalized.json",
	"Github_ultra---o69209.json", "Github_ultra---o81.json", "Github_hard---o21371.json",
	"Kubernetes---kb_819_Normalized.json", "Kubernetes---kb_151_Normalized.json",
	"Github_ultra---o25423.json", "JsonSchemaStore---appsettings.json", "Github_hard---o20526.json",
	"Kubernetes---kb_190_Normalized.json",
}

// BenchmarkCompileSlow compiles the slowest MaskBench schemas, starting
// each round with empty automaton caches; cpu-ms/op is the process CPU
// time per round.
func BenchmarkCompileSlow(b *testing.B) {
	_, ix := qwen(b)
	dir := filepath.Join(fixtures(b), "jsonschema", "maskbench")
	var schemas []any
	for _, f := range slowSchemas {
		doc, err := ParseJSON(readFile(b, filepath.Join(dir, f)))
		if err != nil {
			b.Fatal(err)
		}
		s, _ := doc.(*Object).Get("schema")
		schemas = append(schemas, s)
	}
	b.ResetTimer()
	cpu0 := processCPU()
	for i := 0; i < b.N; i++ {
		// cold: no automata left from the previous round
		ix.auto.reset()
		for _, s := range schemas {
			if _, err := CompileSchemaValue(ix, s, Options{AnyOrder: true}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64((processCPU()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}
