package grammar

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortByBytes checks the radix sort against a comparison sort on
// random tokens over a small alphabet (many shared prefixes, duplicates
// and empty-suffix ties), with guard ids around the sorted range.
func TestSortByBytes(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 31, 33, 257, 5000} {
		toks := make([][]byte, n)
		for i := range toks {
			b := make([]byte, r.IntN(7))
			for j := range b {
				b[j] = "ab\x00\xff"[r.IntN(4)]
			}
			toks[i] = b
		}
		ids := make([]int32, n+2)
		for i := range ids {
			ids[i] = int32(i - 1)
		}
		ids[0], ids[n+1] = -7, -9
		want := slices.Clone(ids[1 : n+1])
		slices.SortFunc(want, func(a, b int32) int {
			if c := bytes.Compare(toks[a], toks[b]); c != 0 {
				return c
			}
			return int(a - b)
		})
		sortByBytes(ids[1:n+1], toks)
		if !slices.Equal(ids[1:n+1], want) {
			t.Fatalf("n=%d: radix order differs from comparison order", n)
		}
		if ids[0] != -7 || ids[n+1] != -9 {
			t.Fatalf("n=%d: guards overwritten", n)
		}
	}
}
