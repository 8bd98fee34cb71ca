package qwen2

import (
	"sync/atomic"
	"unsafe"
)

// dropUnit is the span in which pageDrops releases a mapped file's pages:
// the 2 MiB of a huge page, which the mapping may use (runtime/internal/mmap
// aligns it so). Releasing part of one would leave the rest mapped in small
// pages, and a later read of the rest would bring the whole back.
const dropUnit = 2 << 20

// pageDrops releases the pages of a mapped file that a set of byte ranges
// (the weight matrices being copied) occupy, each 2 MiB unit as soon as
// every range on it is done, whichever order the ranges finish in: a range
// that shares a unit with its neighbour cannot release that unit alone
// without the neighbour's copy reading it back. It is safe for concurrent
// use. Cost: one counter per unit.
type pageDrops struct {
	base  uintptr        // address of the first unit
	lo    uintptr        // first byte of the lowest range
	hi    uintptr        // end of the highest range
	left  []atomic.Int32 // per unit: ranges on it not yet done
	drop  func([]byte)   // releases bytes of the mapping (gguf.File.DropPages)
	whole []byte         // the bytes from lo to hi
}

// newPageDrops counts, for every 2 MiB unit that srcs touch, how many of
// them touch it; drop releases a part of the mapping they lie in.
func newPageDrops(srcs [][]byte, drop func([]byte)) *pageDrops {
	var lo, hi uintptr
	var first []byte
	for _, b := range srcs {
		if len(b) == 0 {
			continue
		}
		p := addr(b)
		if first == nil || p < lo {
			lo, first = p, b
		}
		hi = max(hi, p+uintptr(len(b)))
	}
	if first == nil {
		return nil
	}
	d := &pageDrops{base: lo &^ (dropUnit - 1), lo: lo, hi: hi, drop: drop}
	d.whole = unsafe.Slice(unsafe.SliceData(first), hi-lo)
	d.left = make([]atomic.Int32, (hi-d.base+dropUnit-1)/dropUnit)
	for _, b := range srcs {
		if len(b) > 0 {
			first, last := d.units(b)
			for u := first; u <= last; u++ {
				d.left[u].Add(1)
			}
		}
	}
	return d
}

// addr is the address of b's first byte.
func addr(b []byte) uintptr { return uintptr(unsafe.Pointer(unsafe.SliceData(b))) }

// units returns the first and last unit b touches.
func (d *pageDrops) units(b []byte) (first, last int) {
	p := addr(b)
	return int((p - d.base) / dropUnit), int((p + uintptr(len(b)) - 1 - d.base) / dropUnit)
}

// done marks b, one of the ranges newPageDrops was given, as copied, and
// releases the units it was the last range on, each run of them with one
// call of drop.
func (d *pageDrops) done(b []byte) {
	if d == nil || len(b) == 0 {
		return
	}
	first, last := d.units(b)
	run := -1
	for u := first; u <= last+1; u++ {
		free := u <= last && d.left[u].Add(-1) == 0
		switch {
		case free && run < 0:
			run = u
		case !free && run >= 0:
			d.release(run, u)
			run = -1
		}
	}
}

// release drops units [from, to), clamped to the ranges' bytes.
func (d *pageDrops) release(from, to int) {
	start := max(d.base+uintptr(from)*dropUnit, d.lo)
	end := min(d.base+uintptr(to)*dropUnit, d.hi)
	d.drop(d.whole[start-d.lo : end-d.lo : end-d.lo])
}
