package gguf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// Builder assembles a GGUF v3 file: metadata in the order set, then tensor
// descriptions and data in the order added. Tensor data is produced by a
// callback at write time, one tensor after another, so the Builder holds
// only descriptions: a file of any size is written in the memory its largest
// callback needs.
//
// The alignment is DefaultAlignment unless general.alignment is set.
// Mistakes (an empty or duplicate name, a bad shape, an invalid value) are
// remembered and reported by WriteTo, and also returned by AddTensor.
type Builder struct {
	kvs     []KV
	keys    map[string]int
	tensors []builderTensor
	names   map[string]bool
	err     error
}

type builderTensor struct {
	info  TensorInfo
	write func(w io.Writer) error
}

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder {
	return &Builder{keys: map[string]int{}, names: map[string]bool{}}
}

func (b *Builder) fail(err error) error {
	if b.err == nil {
		b.err = err
	}
	return err
}

// Set sets a metadata entry. Setting a key again replaces its value and
// keeps its place.
func (b *Builder) Set(key string, v Value) {
	if key == "" {
		b.fail(errors.New("gguf: empty metadata key"))
		return
	}
	if err := checkValue(v, 0); err != nil {
		b.fail(fmt.Errorf("gguf: key %q: %w", key, err))
		return
	}
	if i, ok := b.keys[key]; ok {
		b.kvs[i].Value = v
		return
	}
	b.keys[key] = len(b.kvs)
	b.kvs = append(b.kvs, KV{Key: key, Value: v})
}

// SetString sets a string entry.
func (b *Builder) SetString(key, x string) { b.Set(key, String(x)) }

// SetUint32 sets a uint32 entry.
func (b *Builder) SetUint32(key string, x uint32) { b.Set(key, Uint32(x)) }

// SetFloat32 sets a float32 entry.
func (b *Builder) SetFloat32(key string, x float32) { b.Set(key, Float32(x)) }

// SetBool sets a bool entry.
func (b *Builder) SetBool(key string, x bool) { b.Set(key, Bool(x)) }

// SetStrings sets an array-of-strings entry (xs is kept, not copied).
func (b *Builder) SetStrings(key string, xs []string) { b.Set(key, Array(xs)) }

// SetInt32s sets an array-of-int32 entry (xs is kept, not copied).
func (b *Builder) SetInt32s(key string, xs []int32) { b.Set(key, Array(xs)) }

// SetFloat32s sets an array-of-float32 entry (xs is kept, not copied).
func (b *Builder) SetFloat32s(key string, xs []float32) { b.Set(key, Array(xs)) }

// checkValue reports a Value that the format cannot hold: the zero Value, or
// an array of arrays with a non-array element.
func checkValue(v Value, depth int) error {
	if depth > maxDepth {
		return fmt.Errorf("arrays nested deeper than %d", maxDepth)
	}
	if !v.typ.known() || v.x == nil {
		return errors.New("invalid (zero) value")
	}
	if xs, ok := v.Values(); ok {
		for i, e := range xs {
			if e.typ != TypeArray {
				return fmt.Errorf("element %d of an array of arrays is a %s", i, e.typ)
			}
			if err := checkValue(e, depth+1); err != nil {
				return err
			}
		}
	}
	return nil
}

// AddTensorFunc declares a tensor of type t and shape dims (ggml order:
// dims[0] is the row length) whose bytes write produces when the file is
// written. write must write exactly the tensor's size; it may write in
// pieces, so a tensor never needs to be in memory whole.
func (b *Builder) AddTensorFunc(name string, dims []uint64, t quant.Type, write func(w io.Writer) error) error {
	if name == "" {
		return b.fail(errors.New("gguf: empty tensor name"))
	}
	if b.names[name] {
		return b.fail(fmt.Errorf("gguf: tensor %q added twice", name))
	}
	if !t.Known() {
		return b.fail(fmt.Errorf("gguf: tensor %q: unknown type %d", name, uint32(t)))
	}
	if len(dims) == 0 || len(dims) > MaxDims {
		return b.fail(fmt.Errorf("gguf: tensor %q: %d dimensions, want 1..%d", name, len(dims), MaxDims))
	}
	for i, d := range dims {
		if d == 0 || d > math.MaxInt {
			return b.fail(fmt.Errorf("gguf: tensor %q: dimension %d is %d", name, i, d))
		}
	}
	if dims[0]%uint64(t.BlockSize()) != 0 {
		return b.fail(fmt.Errorf("gguf: tensor %q: type %s needs row length multiple of %d, got %d", name, t, t.BlockSize(), dims[0]))
	}
	size, ok := tensorSize(t, dims)
	if !ok {
		return b.fail(fmt.Errorf("gguf: tensor %q: shape %v is too large", name, dims))
	}
	b.names[name] = true
	b.tensors = append(b.tensors, builderTensor{
		info:  TensorInfo{Name: name, Type: t, Dims: append([]uint64(nil), dims...), Size: size},
		write: write,
	})
	return nil
}

// AddTensor declares a tensor whose bytes are already in memory; data must
// be exactly the tensor's size. data is kept, not copied, until the Builder
// is written.
func (b *Builder) AddTensor(name string, dims []uint64, t quant.Type, data []byte) error {
	return b.AddTensorFunc(name, dims, t, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// alignment returns the alignment general.alignment asks for, or the default.
func (b *Builder) alignment() (int, error) {
	i, ok := b.keys[KeyAlignment]
	if !ok {
		return DefaultAlignment, nil
	}
	v := b.kvs[i].Value
	a, ok := v.Uint()
	if !ok || a == 0 || a&(a-1) != 0 || a > 1<<30 {
		return 0, fmt.Errorf("gguf: %s is %v, want a power of two up to 2^30", KeyAlignment, v)
	}
	return int(a), nil
}

// WriteTo writes the file to w: header, metadata, tensor descriptions, then
// each tensor's data from its callback, padded to the alignment. It returns
// the number of bytes written.
func (b *Builder) WriteTo(w io.Writer) (int64, error) {
	if b.err != nil {
		return 0, b.err
	}
	align, err := b.alignment()
	if err != nil {
		return 0, err
	}
	cw := &countingWriter{w: w}
	bw := newChunkWriter(cw)
	e := encoder{w: bw}
	e.bytes([]byte(Magic))
	e.u32(3)
	e.u64(uint64(len(b.tensors)))
	e.u64(uint64(len(b.kvs)))
	for _, kv := range b.kvs {
		e.str(kv.Key)
		e.u32(uint32(kv.Value.typ))
		e.value(kv.Value)
	}
	off := uint64(0)
	for i := range b.tensors {
		t := &b.tensors[i].info
		t.Offset = off
		e.str(t.Name)
		e.u32(uint32(len(t.Dims)))
		for _, d := range t.Dims {
			e.u64(d)
		}
		e.u32(uint32(t.Type))
		e.u64(off)
		off += uint64(alignUp(int64(t.Size), int64(align)))
	}
	if e.err != nil {
		return cw.n, e.err
	}
	header := cw.n + int64(bw.Buffered())
	e.zeros(alignUp(header, int64(align)) - header)
	for _, t := range b.tensors {
		if e.err != nil {
			break
		}
		size := int64(t.info.Size)
		lw := &limitWriter{w: bw, left: size}
		if err := t.write(lw); err != nil {
			return cw.n, fmt.Errorf("gguf: tensor %q: %w", t.info.Name, err)
		}
		if lw.left != 0 {
			return cw.n, fmt.Errorf("gguf: tensor %q: wrote %d bytes, want %d", t.info.Name, size-lw.left, size)
		}
		e.zeros(alignUp(size, int64(align)) - size)
	}
	if e.err == nil {
		e.err = bw.Flush()
	}
	return cw.n, e.err
}

// WriteFile writes the file to path through a temporary file in the same
// folder, renamed into place only when complete: a failure leaves no
// partial file behind and does not touch an existing one.
func (b *Builder) WriteFile(path string) (err error) {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return fmt.Errorf("gguf: %s: is a directory", path)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("gguf: %w", err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = b.WriteTo(tmp); err != nil {
		return err
	}
	if err = tmp.Chmod(0o644); err != nil {
		return fmt.Errorf("gguf: %w", err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("gguf: %w", err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("gguf: %w", err)
	}
	return nil
}

// writeChunk is the size of every write WriteTo makes but the last: 2 MiB, at
// offsets that are multiples of it, so that a page cache with large folios
// (ext4 since Linux 6.16, xfs) caches the new file in huge pages, which
// runtime/internal/mmap then maps one 2 MiB entry at a time.
const writeChunk = 2 << 20

// chunkWriter buffers everything and writes only whole writeChunk blocks
// (bufio.Writer passes large writes through unaligned).
type chunkWriter struct {
	w   io.Writer
	buf []byte
	err error
}

func newChunkWriter(w io.Writer) *chunkWriter {
	return &chunkWriter{w: w, buf: make([]byte, 0, writeChunk)}
}

func (c *chunkWriter) Write(p []byte) (int, error) {
	n := 0
	for len(p) > 0 && c.err == nil {
		k := copy(c.buf[len(c.buf):cap(c.buf)], p)
		c.buf = c.buf[:len(c.buf)+k]
		p, n = p[k:], n+k
		if len(c.buf) == cap(c.buf) {
			c.err = c.Flush()
		}
	}
	return n, c.err
}

func (c *chunkWriter) WriteString(s string) (int, error) { return c.Write([]byte(s)) }

// Buffered is the number of bytes written but not yet passed on.
func (c *chunkWriter) Buffered() int { return len(c.buf) }

// Flush passes on what is buffered.
func (c *chunkWriter) Flush() error {
	if c.err == nil && len(c.buf) > 0 {
		_, c.err = c.w.Write(c.buf)
		c.buf = c.buf[:0]
	}
	return c.err
}

func alignUp(n, a int64) int64 { return (n + a - 1) / a * a }

// encoder writes little-endian values and keeps the first error.
type encoder struct {
	w   *chunkWriter
	err error
	buf [8]byte
}

func (e *encoder) bytes(b []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}

var zeroPad [4096]byte

func (e *encoder) zeros(n int64) {
	for n > 0 && e.err == nil {
		k := min(n, int64(len(zeroPad)))
		e.bytes(zeroPad[:k])
		n -= k
	}
}

func (e *encoder) u8(x uint8)   { e.bytes([]byte{x}) }
func (e *encoder) u16(x uint16) { binary.LittleEndian.PutUint16(e.buf[:], x); e.bytes(e.buf[:2]) }
func (e *encoder) u32(x uint32) { binary.LittleEndian.PutUint32(e.buf[:], x); e.bytes(e.buf[:4]) }
func (e *encoder) u64(x uint64) { binary.LittleEndian.PutUint64(e.buf[:], x); e.bytes(e.buf[:8]) }

func (e *encoder) str(s string) {
	e.u64(uint64(len(s)))
	if e.err == nil {
		_, e.err = e.w.WriteString(s)
	}
}

func (e *encoder) value(v Value) {
	switch x := v.x.(type) {
	case uint8:
		e.u8(x)
	case int8:
		e.u8(uint8(x))
	case bool:
		e.u8(boolByte(x))
	case uint16:
		e.u16(x)
	case int16:
		e.u16(uint16(x))
	case uint32:
		e.u32(x)
	case int32:
		e.u32(uint32(x))
	case float32:
		e.u32(math.Float32bits(x))
	case uint64:
		e.u64(x)
	case int64:
		e.u64(uint64(x))
	case float64:
		e.u64(math.Float64bits(x))
	case string:
		e.str(x)
	case arrayValue:
		e.u32(uint32(x.elem))
		e.u64(uint64(sliceLen(x.xs)))
		e.elements(x.xs)
	}
}

func (e *encoder) elements(xs any) {
	switch s := xs.(type) {
	case []uint8:
		e.bytes(s)
	case []int8:
		for _, x := range s {
			e.u8(uint8(x))
		}
	case []bool:
		for _, x := range s {
			e.u8(boolByte(x))
		}
	case []uint16:
		for _, x := range s {
			e.u16(x)
		}
	case []int16:
		for _, x := range s {
			e.u16(uint16(x))
		}
	case []uint32:
		for _, x := range s {
			e.u32(x)
		}
	case []int32:
		for _, x := range s {
			e.u32(uint32(x))
		}
	case []float32:
		for _, x := range s {
			e.u32(math.Float32bits(x))
		}
	case []uint64:
		for _, x := range s {
			e.u64(x)
		}
	case []int64:
		for _, x := range s {
			e.u64(uint64(x))
		}
	case []float64:
		for _, x := range s {
			e.u64(math.Float64bits(x))
		}
	case []string:
		for _, x := range s {
			e.str(x)
		}
	case []Value:
		for _, x := range s {
			e.value(x)
		}
	}
}

func boolByte(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// limitWriter passes at most left bytes on and fails past that, so a tensor
// callback cannot write more than the size its description promised.
type limitWriter struct {
	w    io.Writer
	left int64
}

func (l *limitWriter) Write(p []byte) (int, error) {
	if int64(len(p)) > l.left {
		return 0, fmt.Errorf("writes more than the tensor's %d remaining bytes", l.left)
	}
	n, err := l.w.Write(p)
	l.left -= int64(n)
	return n, err
}
