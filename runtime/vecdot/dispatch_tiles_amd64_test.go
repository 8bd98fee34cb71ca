//go:build !purego

package vecdot

import (
	"testing"

	"golang.org/x/sys/cpu"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// TestDispatchTiles checks that the avx2 implementations (either stream
// arrangement) have the 2-row float tiles and 8-column column kernels, and
// the ones built on them for AVX512 (where the CPU has AVX512F) the 4-row
// tiles and 16-column kernels, for every vector count; generic has none.
func TestDispatchTiles(t *testing.T) {
	for _, m := range impls() {
		rowsPer, lanes := 0, 0
		switch {
		case m.name == "generic":
		case m.name == "avx2" || m.name == "avx2-few" || m.name == "avx2-many" || !cpu.X86.HasAVX512F:
			rowsPer, lanes = 2, 8
		default: // the AVX512 implementations
			rowsPer, lanes = 4, 16
		}
		for _, typ := range floatTypes {
			if tl := m.floatTile[typ]; tl.rowsPer != rowsPer || (tl.k == nil) != (rowsPer == 0) {
				t.Errorf("%s %s: tile of %d rows, want %d", m.name, typ, tl.rowsPer, rowsPer)
			}
		}
		if m.colsLanes != lanes {
			t.Errorf("%s: column kernels of %d columns, want %d", m.name, m.colsLanes, lanes)
		}
		for _, typ := range []quant.Type{quant.F32, quant.F16} {
			for h := 1; h <= maxColsVectors; h++ {
				if (m.cols[typ][h] == nil) != (lanes == 0) {
					t.Errorf("%s %s: column kernel for %d vectors missing or unexpected", m.name, typ, h)
				}
			}
		}
	}
}
