package tokenizer

import (
	"os"
	"path/filepath"
	"testing"
)

// benchEncode encodes texts b.N times and reports, beside MB/s, the MB per
// CPU-second of the whole process (run with -cpu 1 for one core).
func benchEncode(b *testing.B, texts []string, n int64, enc func(string) []int) {
	b.SetBytes(n)
	b.ResetTimer()
	cpu0 := processCPU()
	for b.Loop() {
		for _, s := range texts {
			enc(s)
		}
	}
	if cpu := processCPU() - cpu0; cpu > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}

// isLongRun reports whether s is one of the goldens' stress inputs: a long
// run of one to a few characters repeated (5,000 × "a", 3,000 newlines,
// 1,500 emoji, ...).
func isLongRun(s string) bool {
	if len(s) < 1000 {
		return false
	}
	distinct := map[rune]bool{}
	for _, r := range s {
		distinct[r] = true
	}
	return len(distinct) <= 8
}

// benchCorpus returns the goldens' texts (prose in 39 languages, code,
// numbers, emoji, whitespace and random mixes: about 120 KB), without the
// long single-character stress runs when runs is false, or only those
// (about 88 KB) when it is true.
func benchCorpus(b *testing.B, runs bool) ([]string, int64) {
	var texts []string
	var n int64
	for _, g := range readGoldens(b, "goldens.jsonl") {
		if isLongRun(g.Text) == runs {
			texts = append(texts, g.Text)
			n += int64(len(g.Text))
		}
	}
	return texts, n
}

// BenchmarkEncode measures plain-mode throughput on one goroutine; run with
// -cpu 1 for the one-core figure (MB/s is reported).
func BenchmarkEncode(b *testing.B) {
	tok := qwenJSON(b)
	texts, n := benchCorpus(b, false)
	benchEncode(b, texts, n, tok.Encode)
}

// BenchmarkEncodeLongRuns measures the stress inputs: pieces of thousands
// of bytes, where BPE merges by heap.
func BenchmarkEncodeLongRuns(b *testing.B) {
	tok := qwenJSON(b)
	texts, n := benchCorpus(b, true)
	benchEncode(b, texts, n, tok.Encode)
}

// BenchmarkEncodeNoCache is BenchmarkEncode with a fresh, empty cache for
// every pass over the corpus: the cost when every piece is new.
func BenchmarkEncodeNoCache(b *testing.B) {
	tok := qwenJSON(b)
	texts, n := benchCorpus(b, false)
	b.SetBytes(n)
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		tok.cache = newPieceCache()
		b.StartTimer()
		for _, s := range texts {
			tok.Encode(s)
		}
	}
}

// BenchmarkEncodeSpecial measures special mode (added-token matching).
func BenchmarkEncodeSpecial(b *testing.B) {
	tok := qwenJSON(b)
	texts, n := benchCorpus(b, false)
	benchEncode(b, texts, n, tok.EncodeSpecial)
}

// BenchmarkLoadTokenizerJSON measures loading Qwen2.5's tokenizer.json.
func BenchmarkLoadTokenizerJSON(b *testing.B) {
	path := filepath.Join(fixtureDir(b), "tokenizer.json")
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := FromTokenizerJSON(data, path); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadGGUF measures loading the vocabulary of a GGUF file.
func BenchmarkLoadGGUF(b *testing.B) {
	path := filepath.Join(fixtureDir(b), "qwen2.5-vocab.gguf")
	for b.Loop() {
		if _, err := LoadFile(path); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkQwen25 measures building the embedded Qwen2.5 tokenizer.
func BenchmarkQwen25(b *testing.B) {
	for b.Loop() {
		if _, err := Qwen25(); err != nil {
			b.Fatal(err)
		}
	}
}
