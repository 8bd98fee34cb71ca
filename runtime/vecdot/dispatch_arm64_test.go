//go:build !purego

package vecdot

import (
	"fmt"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
	"golang.org/x/sys/cpu"
)

// TestDispatchARM64 checks which implementations each feature set gets
// (generic alone without ASIMD, neon with it, neon+dotprod with ASIMDDP as
// well; the other tests run every implementation in impls, so under
// qemu's default CPU they cover both kernel sets), that every type keeps a
// kernel (the types generic supports, no more), that the NEON sets have the
// 4-row float tiles and the F16/BF16 widening kernels, and that Impl is the
// last of impls on this CPU.
func TestDispatchARM64(t *testing.T) {
	names := func(l []impl) string {
		var s []string
		for _, m := range l {
			s = append(s, m.name)
		}
		return fmt.Sprint(s)
	}
	for _, c := range []struct {
		asimd, dp bool
		want      string
	}{
		{false, false, "[generic]"},
		{false, true, "[generic]"},
		{true, false, "[generic neon]"},
		{true, true, "[generic neon neon+dotprod]"},
	} {
		if got := names(implsFor(c.asimd, c.dp)); got != c.want {
			t.Errorf("implsFor(asimd %v, asimddp %v) = %s, want %s", c.asimd, c.dp, got, c.want)
		}
	}
	for _, m := range implsFor(true, true) {
		for typ := range quant.Type(numTypes) {
			if (m.quantFor(typ) == nil) != (generic.quantFor(typ) == nil) || (m.floatFor(typ) == nil) != (generic.floatFor(typ) == nil) {
				t.Errorf("%s %s: kernels %v/%v, generic's %v/%v", m.name, typ, m.quantFor(typ) != nil, m.floatFor(typ) != nil, generic.quantFor(typ) != nil, generic.floatFor(typ) != nil)
			}
		}
		for _, typ := range floatTypes {
			want := 4 // the NEON float tiles: 4 rows × 6 tokens
			if m.name == "generic" {
				want = 0
			}
			if tl := m.floatTile[typ]; tl.rowsPer != want || (tl.k == nil) != (want == 0) {
				t.Errorf("%s %s: float tile of %d rows (kernel %v), want %d", m.name, typ, tl.rowsPer, tl.k != nil, want)
			}
			if typ != quant.F32 && (m.widen[typ] == nil) != (want == 0) {
				t.Errorf("%s %s: widening kernel %v", m.name, typ, m.widen[typ] != nil)
			}
		}
	}
	want := names(implsFor(cpu.ARM64.HasASIMD, cpu.ARM64.HasASIMDDP))
	t.Logf("this CPU: %s", want)
	if got := names(impls()); got != want {
		t.Fatalf("impls() = %s, want %s", got, want)
	}
	if l := impls(); Impl() != l[len(l)-1].name {
		t.Fatalf("Impl() = %q, want %q", Impl(), l[len(l)-1].name)
	}
}
