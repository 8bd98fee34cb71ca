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

// TestConcurrentCompiles compiles schemas that share patterns, formats
// and key sets against one Index in parallel (go test -race checks the
// Index's automaton caches); each grammar must accept its instance and
// reject a near miss.
func TestConcurrentCompiles(t *testing.T) {
	_, ix := qwen(t)
	schemas := []string{
		`{"type":"object","properties":{"id":{"type":"string","pattern":"^[a-z]+$"},"at":{"type":"string","format":"date"}},"required":["id"],"additionalProperties":false}`,
		`{"type":"object","properties":{"id":{"type":"string","pattern":"^[a-z]+$","format":"hostname"},"at":{"type":"string","format":"date"}},"required":["at"]}`,
		`{"type":"array","items":{"type":"string","pattern":"^[a-z]+$","maxLength":4}}`,
	}
	good := []string{`{"id":"abc","at":"2024-02-29"}`, `{"at":"2024-01-31","id":"abc"}`, `["ab","cd"]`}
	bad := []string{`{"id":"ABC"}`, `{"at":"2023-02-29"}`, `["abcde"]`}
	var wg sync.WaitGroup
	for r := range 4 {
		for i, s := range schemas {
			wg.Add(1)
			go func() {
				defer wg.Done()
				g, err := CompileJSONSchema(ix, []byte(s), Options{AnyOrder: true})
				if err != nil {
					t.Errorf("round %d schema %d: %v", r, i, err)
					return
				}
				if m := g.NewMatcher(); m.AcceptBytes([]byte(good[i])) != nil || !m.Done() {
					t.Errorf("round %d schema %d rejects %s", r, i, good[i])
				}
				if m := g.NewMatcher(); m.AcceptBytes([]byte(bad[i])) == nil && m.Done() {
					t.Errorf("round %d schema %d accepts %s", r, i, bad[i])
				}
			}()
		}
	}
	wg.Wait()
}
