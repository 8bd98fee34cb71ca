package vecdot

import (
	"syscall"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// TestColsFloatPageEnd runs ColsFloat, on every implementation, on matrices
// whose last column ends where an unreadable page begins: a kernel that
// reads past the columns it was given (its masked tail included) faults;
// the results match the reference's.
func TestColsFloatPageEnd(t *testing.T) {
	page := syscall.Getpagesize()
	mem, err := syscall.Mmap(-1, 0, 2*page, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Munmap(mem)
	if err := syscall.Mprotect(mem[page:], syscall.PROT_NONE); err != nil {
		t.Fatal(err)
	}
	for _, im := range impls() {
		for _, typ := range []quant.Type{quant.F32, quant.F16} {
			for _, cols := range []int{1, 17, 33, 50} {
				const k, n = 3, 7
				es := typ.TypeSize()
				size := (k-1)*cols*es + cols*es
				w := mem[page-size : page]
				for i := range w {
					w[i] = 0x3c // finite in both types
				}
				x := make([]float32, n*k)
				for i := range x {
					x[i] = float32(i%5) - 2
				}
				dst, ref := make([]float32, n*cols), make([]float32, n*cols)
				if err := im.colsFloat(dst, cols, typ, w, cols*es, cols, x, n); err != nil {
					t.Fatal(err)
				}
				generic.colsFloat(ref, cols, typ, w, cols*es, cols, x, n)
				for i := range dst {
					if d := dst[i] - ref[i]; d > 1e-5 || d < -1e-5 {
						t.Fatalf("%s %s cols=%d: output %d = %v, reference %v", im.name, typ, cols, i, dst[i], ref[i])
					}
				}
			}
		}
	}
}
