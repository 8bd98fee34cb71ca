// Package gguf reads and writes GGUF files, the model format of llama.cpp
// (versions 2 and 3, little-endian).
//
// Open memory-maps a file read-only and validates its whole header before
// returning: magic, version, every count and length against the bytes that
// remain, every metadata value, alignment, tensor types, shapes against the
// type's block size, and tensor data ranges inside the file without
// overlaps. Nothing is allocated in proportion to a number read from the file
// before that number is bounded by the file's size. Tensor data is never
// copied: TensorInfo ranges point into the mapping.
//
// Builder writes GGUF v3 files, streaming tensor data from callbacks so that
// a file larger than memory can be written.
package gguf

import (
	"errors"
	"fmt"
	"os"
	"unsafe"

	"github.com/qwenkit/qwenkit/runtime/internal/mmap"
	"github.com/qwenkit/qwenkit/runtime/quant"
)

// KeyAlignment is the metadata key that sets the data alignment.
const KeyAlignment = "general.alignment"

// KV is one metadata entry.
type KV struct {
	Key    string // e.g. "qwen2.block_count"
	Value  Value  // the typed value
	Offset int64  // where the entry starts in the file (0 in a Builder)
}

// TensorInfo describes one tensor: its name, element type, shape and where
// its bytes lie in the file.
type TensorInfo struct {
	Name string // e.g. "blk.0.attn_q.weight"
	// Dims is the shape in ggml order: Dims[0] is the row length (the
	// fastest-varying dimension), Dims[1] the number of rows, and so on.
	// Every dimension is at least 1 and fits in an int.
	Dims       []uint64
	Type       quant.Type // element (block) type of the data
	Offset     uint64     // byte offset of the data from the start of the data section
	Size       uint64     // bytes of data
	InfoOffset int64      // where the tensor's description starts in the file
}

// Elements returns the number of values in the tensor.
func (t TensorInfo) Elements() uint64 {
	n := uint64(1)
	for _, d := range t.Dims {
		n *= d
	}
	return n
}

// Rows returns the number of rows: the product of all dimensions but the
// first.
func (t TensorInfo) Rows() uint64 {
	n := uint64(1)
	for _, d := range t.Dims[1:] {
		n *= d
	}
	return n
}

// File is a parsed GGUF file. Metadata and tensor descriptions are on the
// Go heap; tensor data stays in the file's mapping until Close. A File is
// read-only after Open, so any number of goroutines may read it at once.
type File struct {
	Path       string       // as given to Open
	Version    uint32       // 2 or 3
	Alignment  int          // data alignment in bytes
	Size       int64        // file size in bytes
	DataOffset int64        // start of the tensor data section
	KVs        []KV         // metadata in file order
	Tensors    []TensorInfo // tensor descriptions in file order

	keys    map[string]int
	tensors map[string]int
	data    []byte
	unmap   func([]byte) error
}

// Open memory-maps the GGUF file at path read-only and validates it. The
// cost is reading the header (metadata and tensor descriptions); tensor
// pages are loaded by the OS when first touched. Call Close to unmap.
func Open(path string) (*File, error) {
	fd, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gguf: %w", err)
	}
	defer fd.Close()
	st, err := fd.Stat()
	if err != nil {
		return nil, fmt.Errorf("gguf: %w", err)
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("gguf: %s: not a regular file", path)
	}
	size := st.Size()
	if int64(int(size)) != size {
		return nil, fmt.Errorf("gguf: %s: %d bytes is too large to map", path, size)
	}
	data, unmap, err := mmap.Open(fd, int(size))
	if err != nil {
		return nil, fmt.Errorf("gguf: %s: mmap: %w", path, err)
	}
	f, err := Parse(data, path)
	if err != nil {
		unmap(data)
		return nil, err
	}
	f.unmap = unmap
	return f, nil
}

// DropPages tells the system that the process will not read b, a part of a
// tensor's data, for a while (its weights were copied elsewhere): for a file
// Open mapped, the whole pages inside b leave the process's resident memory
// (see mmap.DropPages: the page cache keeps them, and reading b again brings
// them back). It does nothing for a File that Parse made from the caller's
// bytes, or for b outside the file's data.
func (f *File) DropPages(b []byte) {
	if f.unmap == nil || len(b) == 0 || len(f.data) == 0 {
		return
	}
	lo := uintptr(unsafe.Pointer(unsafe.SliceData(f.data)))
	p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	if p < lo || p+uintptr(len(b)) > lo+uintptr(len(f.data)) {
		return
	}
	mmap.DropPages(b)
}

// CanDropPages reports whether DropPages releases pages: for a file Open
// mapped, on a system where the mapping's pages can leave the process's
// resident memory (Linux; see mmap.CanDropPages).
func (f *File) CanDropPages() bool { return f.unmap != nil && len(f.data) > 0 && mmap.CanDropPages }

// Close releases the mapping. Slices returned by Data are invalid after it.
func (f *File) Close() error {
	if f.unmap == nil {
		return nil
	}
	err := f.unmap(f.data)
	f.unmap, f.data = nil, nil
	if err != nil {
		return fmt.Errorf("gguf: %s: munmap: %w", f.Path, err)
	}
	return nil
}

// Tensor returns the description of the named tensor.
func (f *File) Tensor(name string) (TensorInfo, bool) {
	i, ok := f.tensors[name]
	if !ok {
		return TensorInfo{}, false
	}
	return f.Tensors[i], true
}

// Data returns the bytes of t, a slice of the file's mapping (no copy, no
// allocation). Its capacity ends with the tensor, so appending cannot reach
// the next one. It must not be written to and is invalid after Close. It is
// nil after Close or when t does not lie inside this file.
func (f *File) Data(t TensorInfo) []byte {
	start := f.DataOffset + int64(t.Offset)
	end := start + int64(t.Size)
	if t.Offset > uint64(len(f.data)) || end > int64(len(f.data)) || start > end {
		return nil // closed, or t is not from this file
	}
	return f.data[start:end:end]
}

// TensorData returns the bytes of the named tensor, as Data does.
func (f *File) TensorData(name string) ([]byte, error) {
	t, ok := f.Tensor(name)
	if !ok {
		return nil, fmt.Errorf("gguf: %s: no tensor %q", f.Path, name)
	}
	return f.Data(t), nil
}

// Value returns the value of a metadata key.
func (f *File) Value(key string) (Value, bool) {
	i, ok := f.keys[key]
	if !ok {
		return Value{}, false
	}
	return f.KVs[i].Value, true
}

// Has reports whether the file has the metadata key.
func (f *File) Has(key string) bool {
	_, ok := f.keys[key]
	return ok
}

func get[T any](f *File, key string, conv func(Value) (T, bool)) (T, bool) {
	v, ok := f.Value(key)
	if !ok {
		var zero T
		return zero, false
	}
	return conv(v)
}

// String returns a string metadata value; ok is false when the key is
// absent or holds another type.
func (f *File) String(key string) (string, bool) { return get(f, key, Value.Str) }

// Uint returns an integer metadata value of any width that is not negative.
func (f *File) Uint(key string) (uint64, bool) { return get(f, key, Value.Uint) }

// Int returns an integer metadata value of any width that fits in an int64.
func (f *File) Int(key string) (int64, bool) { return get(f, key, Value.Int) }

// Float returns a float metadata value, or an integer one converted.
func (f *File) Float(key string) (float64, bool) { return get(f, key, Value.Number) }

// Bool returns a bool metadata value.
func (f *File) Bool(key string) (bool, bool) { return get(f, key, Value.Bool) }

// Strings returns an array-of-strings metadata value (shared, not copied).
func (f *File) Strings(key string) ([]string, bool) { return get(f, key, Value.Strings) }

// Int32s returns an array of integers whose elements all fit in an int32,
// as a new []int32 (4 bytes per element).
func (f *File) Int32s(key string) ([]int32, bool) { return get(f, key, Value.Int32s) }

// Float32s returns an array of floats as a new []float32 (4 bytes per
// element).
func (f *File) Float32s(key string) ([]float32, bool) { return get(f, key, Value.Float32s) }

// KeyError returns the error to report when key is absent or not of the
// wanted kind (want is a description such as "uint32"): a *FormatError
// naming the file, the entry's offset and the key, wrapping ErrMissingKey or
// ErrMetadata.
func (f *File) KeyError(key, want string) error {
	i, ok := f.keys[key]
	if !ok {
		return &FormatError{File: f.Path, Offset: -1, Key: key, Err: ErrMissingKey,
			Msg: fmt.Sprintf("missing (want %s)", want)}
	}
	kv := f.KVs[i]
	got := kv.Value.Type().String()
	if kv.Value.Type() == TypeArray {
		got = "array of " + kv.Value.Elem().String()
	}
	return &FormatError{File: f.Path, Offset: kv.Offset, Key: key, Err: ErrMetadata,
		Msg: fmt.Sprintf("want %s, got %s %v", want, got, kv.Value)}
}

// IsMissing reports whether err says a metadata key is absent (see KeyError).
func IsMissing(err error) bool { return errors.Is(err, ErrMissingKey) }
