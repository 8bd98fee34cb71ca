// Package safetensors reads and writes Hugging Face's safetensors files: an
// 8-byte little-endian header length, a JSON header naming each tensor's
// dtype, shape and byte range, then the raw tensor data.
//
// Files are memory mapped and validated on open (header length against the
// file size, every byte range inside the data and not overlapping another,
// every range exactly the size its shape and dtype need), so a Tensor's Data
// can be used without further checks. A folder of files sharded by a
// model.safetensors.index.json opens as one Dir.
package safetensors

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"os"
	"sort"

	"github.com/qwenkit/qwenkit/runtime/internal/mmap"
	"github.com/qwenkit/qwenkit/runtime/quant"
)

// maxHeader bounds the JSON header (Hugging Face's own reader uses 100 MB).
const maxHeader = 100 << 20

// Tensor is one tensor of a file. Shape is as stored, outermost dimension
// first (a PyTorch Linear weight is [out_features, in_features]); Data is the
// row-major bytes, little-endian, inside the mapped file.
type Tensor struct {
	Name  string     // e.g. "model.layers.0.self_attn.q_proj.weight"
	Type  quant.Type // the dtype (F32, F16, BF16, ...)
	Shape []int      // outermost dimension first
	Data  []byte     // the tensor's bytes in the mapping (not copied)
}

// Elements returns the number of values in t (the product of its shape).
func (t Tensor) Elements() int {
	n := 1
	for _, d := range t.Shape {
		n *= d
	}
	return n
}

// File is one open safetensors file. Its tensors' Data stay valid until Close.
type File struct {
	Path     string            // as given to Open or Parse
	Metadata map[string]string // the header's "__metadata__", if any
	tensors  map[string]Tensor
	names    []string // in file order (by offset)
	data     []byte
	unmap    func([]byte) error
}

// Open maps and validates the safetensors file at path. It reads only the
// header; tensor data is paged in when used.
func Open(path string) (*File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("safetensors: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("safetensors: %w", err)
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("safetensors: %s: not a regular file", path)
	}
	if st.Size() > math.MaxInt {
		return nil, fmt.Errorf("safetensors: %s: file too large", path)
	}
	data, unmap, err := mmap.Open(f, int(st.Size()))
	if err != nil {
		return nil, fmt.Errorf("safetensors: %s: map: %w", path, err)
	}
	file, err := parse(path, data)
	if err != nil {
		unmap(data)
		return nil, err
	}
	file.unmap = unmap
	return file, nil
}

// Parse validates data as a safetensors file and returns its tensors, which
// point into data. name is used in error messages. Close does nothing for a
// parsed file.
func Parse(name string, data []byte) (*File, error) { return parse(name, data) }

// Close releases the file's mapping. Data of its tensors must not be used
// afterwards.
func (f *File) Close() error {
	if f.unmap == nil {
		return nil
	}
	err := f.unmap(f.data)
	f.unmap, f.data, f.tensors = nil, nil, nil
	if err != nil {
		return fmt.Errorf("safetensors: %s: munmap: %w", f.Path, err)
	}
	return nil
}

// Tensor returns the named tensor.
func (f *File) Tensor(name string) (Tensor, bool) {
	t, ok := f.tensors[name]
	return t, ok
}

// Names returns the names of the file's tensors in the order of their data.
func (f *File) Names() []string { return f.names }

type entry struct {
	DType   string   `json:"dtype"`
	Shape   []int64  `json:"shape"`
	Offsets []uint64 `json:"data_offsets"`
}

func parse(path string, data []byte) (*File, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("safetensors: %s: %s", path, fmt.Sprintf(format, args...))
	}
	if len(data) < 8 {
		return nil, bad("file of %d bytes is shorter than the 8-byte header length", len(data))
	}
	n := binary.LittleEndian.Uint64(data)
	if n > uint64(len(data)-8) {
		return nil, bad("header length %d exceeds the %d bytes after it", n, len(data)-8)
	}
	if n > maxHeader {
		return nil, bad("header length %d exceeds the limit of %d", n, maxHeader)
	}
	header := data[8 : 8+n]
	body := data[8+n:]
	members, err := objectMembers(header)
	if err != nil {
		return nil, bad("header: %v", err)
	}
	f := &File{Path: path, tensors: make(map[string]Tensor, len(members)), data: data}
	type span struct {
		name       string
		begin, end uint64
	}
	var spans []span
	for _, m := range members {
		name, msg := m.key, m.value
		if name == "__metadata__" {
			if err := json.Unmarshal(msg, &f.Metadata); err != nil {
				return nil, bad("__metadata__: must map strings to strings: %v", err)
			}
			continue
		}
		if name == "" {
			return nil, bad("tensor with an empty name")
		}
		var e entry
		dec := json.NewDecoder(bytes.NewReader(msg))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&e); err != nil {
			return nil, bad("tensor %q: %v", name, err)
		}
		typ, err := ParseDType(e.DType)
		if err != nil {
			return nil, bad("tensor %q: %v", name, err)
		}
		if len(e.Offsets) != 2 {
			return nil, bad("tensor %q: data_offsets must hold 2 numbers, has %d", name, len(e.Offsets))
		}
		begin, end := e.Offsets[0], e.Offsets[1]
		if begin > end || end > uint64(len(body)) {
			return nil, bad("tensor %q: data_offsets [%d, %d] outside the %d data bytes", name, begin, end, len(body))
		}
		shape := make([]int, len(e.Shape))
		size := uint64(typ.TypeSize())
		for i, d := range e.Shape {
			if d < 0 {
				return nil, bad("tensor %q: negative dimension %d in shape %v", name, d, e.Shape)
			}
			hi, lo := bits.Mul64(size, uint64(d))
			if hi != 0 || lo > uint64(len(body)) {
				return nil, bad("tensor %q: shape %v is larger than the file", name, e.Shape)
			}
			size = lo
			shape[i] = int(d)
		}
		if end-begin != size {
			return nil, bad("tensor %q: shape %v of %s needs %d bytes, data_offsets [%d, %d] hold %d", name, e.Shape, e.DType, size, begin, end, end-begin)
		}
		f.tensors[name] = Tensor{Name: name, Type: typ, Shape: shape, Data: body[begin:end:end]}
		spans = append(spans, span{name, begin, end})
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].begin < spans[j].begin })
	for i, s := range spans {
		if i > 0 && s.begin < spans[i-1].end {
			return nil, bad("tensors %q and %q overlap", spans[i-1].name, s.name)
		}
		f.names = append(f.names, s.name)
	}
	return f, nil
}

// member is one key and its value's JSON in a JSON object.
type member struct {
	key   string
	value json.RawMessage
}

// objectMembers returns the members of the JSON object in b in order (one
// pass over b), rejecting a value that is not an object and a key that
// appears twice.
func objectMembers(b []byte) ([]member, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, errors.New("not a JSON object")
	}
	seen := map[string]bool{}
	var members []member
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		k := tok.(string) // inside an object the decoder yields keys
		if seen[k] {
			return nil, fmt.Errorf("key %q appears twice", k)
		}
		seen[k] = true
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, fmt.Errorf("key %q: %w", k, err)
		}
		members = append(members, member{k, v})
	}
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("data after the JSON object")
	}
	return members, nil
}
