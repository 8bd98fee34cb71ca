package tokenizer

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

// BenchmarkToNFC measures the normalization step alone over the corpus.
func BenchmarkToNFC(b *testing.B) {
	texts, n := benchCorpus(b, false)
	tab := chars()
	var it norm.Iter
	b.SetBytes(n)
	for b.Loop() {
		for _, s := range texts {
			toNFC(tab, s, &it)
		}
	}
}
