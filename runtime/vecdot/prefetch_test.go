package vecdot

import (
	"bytes"
	"testing"
)

// TestPrefetchRows checks that prefetching (on every implementation this
// build has: the instruction loop on amd64 and arm64, nothing under purego)
// returns for runs of odd lengths and strides, including ones that end
// exactly at the buffer's end, leaves the bytes as they were, and ignores
// arguments that do not fit.
func TestPrefetchRows(t *testing.T) {
	b := make([]byte, 10007)
	for i := range b {
		b[i] = byte(i*7 + 3)
	}
	want := bytes.Clone(b)
	for _, c := range []struct{ rows, stride, n int }{
		{1, 0, 1}, {1, 0, 63}, {1, 0, 64}, {1, 0, 65}, {1, 0, 10007},
		{64, 130, 130}, {64, 156, 130}, {3, 5000, 7}, {2, 10006, 1},
		{7, 1429, 1433}, // ends at len(b)
		{0, 0, 5}, {3, 0, 0}, {-1, 10, 10}, {2, 10000, 8}, {1, 0, 10008}, {2, -5, 3},
	} {
		PrefetchRows(b, c.rows, c.stride, c.n)
		PrefetchRows(b[3:], c.rows, c.stride, c.n)
	}
	PrefetchRows(nil, 1, 0, 1)
	if !bytes.Equal(b, want) {
		t.Fatal("PrefetchRows changed the buffer")
	}
}
