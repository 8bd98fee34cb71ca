package kernels

import (
	"fmt"
	"unsafe"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// Matrix is a read-only weight matrix of Rows rows of Cols values each, stored
// row after row in ggml block format Type. Data usually points into a memory
// mapped model file; Matrix never copies or modifies it.
type Matrix struct {
	Type       quant.Type // ggml block format of the values
	Rows, Cols int        // rows, and values per row (a whole number of Type's blocks)
	Data       []byte     // Rows*RowBytes() bytes, row after row
}

// RowBytes is the number of bytes one row occupies (0 when Cols is not a
// whole number of blocks; Check reports that).
func (m Matrix) RowBytes() int {
	n, err := m.Type.RowSize(m.Cols)
	if err != nil {
		return 0
	}
	return n
}

// Row returns the bytes of row i.
func (m Matrix) Row(i int) []byte {
	rb := m.RowBytes()
	return m.Data[i*rb : (i+1)*rb : (i+1)*rb]
}

// Check reports whether m is well formed: a type that Dequantize supports, a
// column count that is a whole number of blocks, and exactly Rows*RowBytes
// bytes of data.
func (m Matrix) Check() error {
	if !Supported(m.Type) {
		return fmt.Errorf("kernels: unsupported tensor type %s", m.Type)
	}
	if m.Rows <= 0 || m.Cols <= 0 {
		return fmt.Errorf("kernels: %s matrix of %d×%d", m.Type, m.Rows, m.Cols)
	}
	rb, err := m.Type.RowSize(m.Cols)
	if err != nil {
		return fmt.Errorf("kernels: %w", err)
	}
	if len(m.Data) != m.Rows*rb {
		return fmt.Errorf("kernels: %s matrix of %d×%d needs %d bytes, has %d", m.Type, m.Rows, m.Cols, m.Rows*rb, len(m.Data))
	}
	return nil
}

// DequantizeRow writes row i of m, as float32, into dst[:m.Cols].
func (m Matrix) DequantizeRow(dst []float32, i int) {
	dequantize(dst[:m.Cols], m.Type, m.Row(i))
}

// f32View returns b as float32 values without copying when b is F32 data that
// can be read in place (4-byte aligned, little-endian machine).
func f32View(b []byte) ([]float32, bool) {
	if len(b) == 0 || uintptr(unsafe.Pointer(&b[0]))%4 != 0 || !littleEndian {
		return nil, false
	}
	return unsafe.Slice((*float32)(unsafe.Pointer(&b[0])), len(b)/4), true
}

var littleEndian = func() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}()
