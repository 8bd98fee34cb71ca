package grammar

import "testing"

// TestAutoCacheBounds: an automaton cache never keeps more than its entry
// limit or maxAutoBytes of tables, and returns what it keeps.
func TestAutoCacheBounds(t *testing.T) {
	big := &dfa{nclass: 256, trans: make([]int32, 256*4096), accept: make([]bool, 4096)} // 4 MB
	small := &dfa{nclass: 1, trans: []int32{0}, accept: []bool{true}}
	c := autoCache{}
	builds := 0
	for i := range 100 {
		d := small
		if i%2 == 0 {
			d = big
		}
		got, err := c.get(i, nil, func() (*dfa, error) { builds++; return d, nil })
		if err != nil || got != d {
			t.Fatalf("entry %d: got %p, %v", i, got, err)
		}
		if len(c.m) > maxAutoCache || c.bytes > maxAutoBytes {
			t.Fatalf("after %d entries: %d kept, %d bytes", i+1, len(c.m), c.bytes)
		}
	}
	if got, _ := c.get(99, nil, func() (*dfa, error) { builds++; return nil, nil }); got != small || builds != 100 {
		t.Errorf("the last entry was not kept (%d builds)", builds)
	}
}
