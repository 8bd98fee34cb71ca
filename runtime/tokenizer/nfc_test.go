package tokenizer

import (
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestToNFC compares the partial normalizer with x/text's on the goldens'
// texts and on random mixes of stable and unstable code points.
func TestToNFC(t *testing.T) {
	tab := chars()
	check := func(s string) {
		var it norm.Iter
		if got, want := toNFC(tab, s, &it), norm.NFC.String(s); got != want {
			t.Fatalf("toNFC(%q) = %q, want %q", s, got, want)
		}
	}
	for _, g := range readGoldens(t, "goldens.jsonl") {
		check(g.Text)
	}
	parts := []string{"a", "e", "\u0301", "\u0327", "\u0323", "\u1100", "\u1161", "\u11a8", "가", "\u212b", "K", "\uf900",
		"\U0002f800", "ö", "o\u0308", " ", "\xff", "\xe4\xb8", "中", "\u0958", "\u0915\u093c", "\u05b4\u05bc", "😀", "\u0345", "\u03b1"}
	rng := rand.New(rand.NewPCG(9, 10))
	for iter := 0; iter < 20000; iter++ {
		var sb strings.Builder
		for k := rng.IntN(12); k >= 0; k-- {
			sb.WriteString(parts[rng.IntN(len(parts))])
		}
		check(sb.String())
	}
}
