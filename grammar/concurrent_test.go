package grammar

import (
	"sync"
	"testing"
)

// TestConcurrentMatchers runs matchers of one grammar (and one Index) in
// parallel: masks must agree with a sequential run (go test -race checks
// the shared caches).
func TestConcurrentMatchers(t *testing.T) {
	tok, ix := qwen(t)
	g, err := CompileJSONSchema(ix, []byte(`{"type":"object","properties":{"name":{"type":"string","pattern":"^[a-z]+$","maxLength":12},"n":{"type":"integer","minimum":1}},"required":["name","n"],"additionalProperties":false}`), Options{})
	if err != nil {
		t.Fatal(err)
	}
	ids := tok.Encode(`{"name":"concurrency","n":42}`)
	run := func() []int {
		m := g.NewMatcher()
		mask := make([]uint64, ix.MaskWords())
		var counts []int
		for _, id := range ids {
			m.Mask(mask)
			counts = append(counts, popcount(mask))
			if err := m.Accept(id); err != nil {
				t.Error(err)
				return nil
			}
		}
		return counts
	}
	var wg sync.WaitGroup
	results := make([][]int, 4)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = run()
		}(i)
	}
	wg.Wait()
	want := run()
	for i, r := range results {
		if len(r) != len(want) {
			t.Fatalf("goroutine %d: %d masks, want %d", i, len(r), len(want))
		}
		for j := range r {
			if r[j] != want[j] {
				t.Fatalf("goroutine %d mask %d: %d tokens, sequential %d", i, j, r[j], want[j])
			}
		}
	}
}
