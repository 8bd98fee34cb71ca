package kernels

import (
	"fmt"
	"unsafe"

	"github.com/qwenkit/qwenkit/runtime/quant"
	"github.com/qwenkit/qwenkit/runtime/vecdot"
)

// Matrix is a read-only weight matrix of Rows rows of Cols values each, stored
// row after row in ggml block format Type. Data usually points into a memory
// mapped model file; Matrix never copies or modifies it.
type Matrix struct {
	Type       quant.Type // ggml block format of the values
	Rows, Cols int        // rows, and values per row (a whole number of Type's blocks)
	Data       []byte     // Rows*RowBytes() bytes, row after row
	// Interleaved, when not nil, holds the same rows in vecdot's sixteen-row
	// interleaved layout (vecdot.Interleave; len(Data) bytes, Rows a
	// multiple of vecdot.GroupRows, Type vecdot.Interleavable), which the
	// one-token products read instead of Data (see Interleave).
	Interleaved []byte
}

// Interleave returns m with an interleaved copy of its rows in dst (len(m.Data)
// bytes; see Matrix.Interleaved), or m unchanged when m's type or row count has
// no interleaved layout on this CPU (dst is then not written). Products of
// one token (MatVec, and MatMul, MatMulShared for n = 1) with Quantized
// products then read the copy: on AVX-512, about a quarter of the vector
// work per weight byte. Their results differ from the row-major products'
// in the last bits (vecdot.RowsInterleaved). Cost: one pass over the bytes.
func Interleave(m Matrix, dst []byte) (Matrix, error) {
	if !Interleavable(m) {
		return m, nil
	}
	if err := vecdot.Interleave(dst, m.Type, m.Data, m.RowBytes()); err != nil {
		return m, fmt.Errorf("kernels: %w", err)
	}
	m.Interleaved = dst
	return m, nil
}

// InterleaveRows writes rows [from, to) of m, an Interleavable matrix, into
// the same rows of dst (len(m.Data) bytes) in the interleaved layout, where
// groups of vecdot.GroupRows rows lie one after another: from and to must
// be multiples of GroupRows. Parts written this way, on any goroutines, make
// the copy Interleave writes whole; the caller then sets m.Interleaved to
// dst. Cost: one pass over the rows' bytes.
func InterleaveRows(m Matrix, dst []byte, from, to int) error {
	if !Interleavable(m) {
		return fmt.Errorf("kernels: %s matrix of %d×%d has no interleaved layout on this CPU", m.Type, m.Rows, m.Cols)
	}
	if from < 0 || to > m.Rows || from > to || from%vecdot.GroupRows != 0 || to%vecdot.GroupRows != 0 || len(dst) != len(m.Data) {
		return fmt.Errorf("kernels: interleave rows [%d, %d) of %d into %d bytes: need whole groups of %d rows and %d bytes", from, to, m.Rows, len(dst), vecdot.GroupRows, len(m.Data))
	}
	rb := m.RowBytes()
	if err := vecdot.Interleave(dst[from*rb:to*rb], m.Type, m.Data[from*rb:to*rb], rb); err != nil {
		return fmt.Errorf("kernels: %w", err)
	}
	return nil
}

// Interleavable reports whether Interleave would give m an interleaved copy.
func Interleavable(m Matrix) bool {
	return vecdot.Interleavable(m.Type) && m.Rows%vecdot.GroupRows == 0 && m.Interleaved == nil && m.Check() == nil
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
	if m.Interleaved != nil && (len(m.Interleaved) != len(m.Data) || m.Rows%vecdot.GroupRows != 0 || !vecdot.Interleavable(m.Type)) {
		return fmt.Errorf("kernels: %s matrix of %d×%d: an interleaved copy of %d bytes is not one this CPU reads", m.Type, m.Rows, m.Cols, len(m.Interleaved))
	}
	return nil
}

// DequantizeRow writes row i of m, as float32, into dst[:m.Cols]. With an
// interleaved copy it reads the copy (a few blocks at a time through a
// buffer on the stack), so an embedding lookup does not touch the file.
func (m Matrix) DequantizeRow(dst []float32, i int) {
	if m.Interleaved == nil {
		dequantize(dst[:m.Cols], m.Type, m.Row(i))
		return
	}
	var buf [16 * 34]byte
	ts, bs, rb := m.Type.TypeSize(), m.Type.BlockSize(), m.RowBytes()
	per := len(buf) / ts
	for b := 0; b < rb/ts; b += per {
		k := min(per, rb/ts-b)
		if err := vecdot.DeinterleaveBlocks(buf[:k*ts], m.Type, m.Interleaved, rb, i, b); err != nil {
			panic("kernels: " + err.Error())
		}
		dequantize(dst[b*bs:(b+k)*bs], m.Type, buf[:k*ts])
	}
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
