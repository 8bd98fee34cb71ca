package gguf

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"math"
	"math/bits"
	"slices"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// Magic is the four bytes every GGUF file starts with.
const Magic = "GGUF"

// DefaultAlignment is the data alignment when general.alignment is absent.
const DefaultAlignment = 32

// MaxDims is the largest number of dimensions a tensor may have (ggml's
// GGML_MAX_DIMS).
const MaxDims = 4

// maxDepth bounds how deeply arrays may nest, so a hostile file cannot
// exhaust the stack.
const maxDepth = 32

// Smallest encodings, used to bound counts by the bytes that remain before
// anything is allocated.
const (
	minKVSize     = 8 + 1 + 4 + 1         // key length, 1-byte key, type, 1-byte value
	minTensorSize = 8 + 1 + 4 + 8 + 4 + 8 // name length, 1-byte name, n_dims, one dim, type, offset
	minArraySize  = 4 + 8                 // element type, count
)

// prealloc caps the room reserved up front for metadata entries and tensor
// descriptions: beyond it, memory grows with what was actually read, not
// with what the header claims.
const prealloc = 1024

// parser walks the header of an in-memory GGUF file. Every read checks the
// bytes that remain first, so no count or length from the file is trusted.
type parser struct {
	name  string
	b     []byte
	off   int
	key   string // metadata key being read, for errors
	depth int
}

func (p *parser) errAt(off int, class error, format string, args ...any) *FormatError {
	return &FormatError{File: p.name, Offset: int64(off), Key: p.key, Msg: fmt.Sprintf(format, args...), Err: class}
}

func (p *parser) remaining() int { return len(p.b) - p.off }

func (p *parser) need(n int, what string) error {
	if n < 0 || n > p.remaining() {
		return p.errAt(p.off, ErrTruncated, "%s needs %d bytes, only %d left in the file", what, n, p.remaining())
	}
	return nil
}

func (p *parser) u32(what string) (uint32, error) {
	if err := p.need(4, what); err != nil {
		return 0, err
	}
	v := binary.LittleEndian.Uint32(p.b[p.off:])
	p.off += 4
	return v, nil
}

func (p *parser) u64(what string) (uint64, error) {
	if err := p.need(8, what); err != nil {
		return 0, err
	}
	v := binary.LittleEndian.Uint64(p.b[p.off:])
	p.off += 8
	return v, nil
}

// count reads a uint64 count of items that each take at least minSize bytes,
// and fails unless that many items could fit in the rest of the file.
func (p *parser) count(what string, minSize int) (int, error) {
	at := p.off
	n, err := p.u64(what)
	if err != nil {
		return 0, err
	}
	if n > uint64(p.remaining()/minSize) {
		return 0, p.errAt(at, ErrTooLarge, "%s %d needs at least %d bytes each, only %d bytes left in the file", what, n, minSize, p.remaining())
	}
	return int(n), nil
}

// str reads a length-prefixed string and copies it to the Go heap.
func (p *parser) str(what string) (string, error) {
	at := p.off
	n, err := p.u64(what + " length")
	if err != nil {
		return "", err
	}
	if n > uint64(p.remaining()) {
		return "", p.errAt(at, ErrTooLarge, "%s length %d, only %d bytes left in the file", what, n, p.remaining())
	}
	s := string(p.b[p.off : p.off+int(n)])
	p.off += int(n)
	return s, nil
}

// value reads one value of type t.
func (p *parser) value(t ValueType) (Value, error) {
	at := p.off
	if t == TypeString {
		s, err := p.str("string")
		return Value{TypeString, s}, err
	}
	if t == TypeArray {
		return p.array()
	}
	size := t.fixedSize()
	if size == 0 {
		return Value{}, p.errAt(at, ErrValueType, "unknown value type %d (want 0..12)", uint32(t))
	}
	if err := p.need(size, t.String()+" value"); err != nil {
		return Value{}, err
	}
	b := p.b[p.off : p.off+size]
	p.off += size
	switch t {
	case TypeUint8:
		return Uint8(b[0]), nil
	case TypeInt8:
		return Int8(int8(b[0])), nil
	case TypeBool:
		if b[0] > 1 {
			return Value{}, p.errAt(at, ErrMetadata, "bool value %d (want 0 or 1)", b[0])
		}
		return Bool(b[0] == 1), nil
	case TypeUint16:
		return Uint16(binary.LittleEndian.Uint16(b)), nil
	case TypeInt16:
		return Int16(int16(binary.LittleEndian.Uint16(b))), nil
	case TypeUint32:
		return Uint32(binary.LittleEndian.Uint32(b)), nil
	case TypeInt32:
		return Int32(int32(binary.LittleEndian.Uint32(b))), nil
	case TypeFloat32:
		return Float32(math.Float32frombits(binary.LittleEndian.Uint32(b))), nil
	case TypeUint64:
		return Uint64(binary.LittleEndian.Uint64(b)), nil
	case TypeInt64:
		return Int64(int64(binary.LittleEndian.Uint64(b))), nil
	default: // TypeFloat64
		return Float64(math.Float64frombits(binary.LittleEndian.Uint64(b))), nil
	}
}

// array reads an array: element type, count, elements.
func (p *parser) array() (Value, error) {
	at := p.off
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > maxDepth {
		return Value{}, p.errAt(at, ErrMetadata, "arrays nested deeper than %d", maxDepth)
	}
	e, err := p.u32("array element type")
	if err != nil {
		return Value{}, err
	}
	elem := ValueType(e)
	if !elem.known() {
		return Value{}, p.errAt(at, ErrValueType, "unknown array element type %d (want 0..12)", e)
	}
	switch elem {
	case TypeString:
		n, err := p.count("string array count", 8)
		if err != nil {
			return Value{}, err
		}
		xs, err := p.strings(n)
		return Value{TypeArray, arrayValue{elem, xs}}, err
	case TypeArray:
		n, err := p.count("array-of-arrays count", minArraySize)
		if err != nil {
			return Value{}, err
		}
		xs := make([]Value, n)
		for i := range xs {
			if xs[i], err = p.array(); err != nil {
				return Value{}, err
			}
		}
		return Value{TypeArray, arrayValue{elem, xs}}, nil
	}
	size := elem.fixedSize()
	n, err := p.count(elem.String()+" array count", size)
	if err != nil {
		return Value{}, err
	}
	b := p.b[p.off : p.off+n*size]
	xs, err := decodeFixed(elem, n, b)
	if err != nil {
		return Value{}, p.errAt(p.off, ErrMetadata, "%v", err)
	}
	p.off += n * size
	return Value{TypeArray, arrayValue{elem, xs}}, nil
}

// strings reads n length-prefixed strings. It validates every length first,
// then copies the whole span once and slices the strings out of that copy:
// one allocation for a 150,000-token vocabulary instead of 150,000.
func (p *parser) strings(n int) ([]string, error) {
	start := p.off
	off := p.off
	for i := 0; i < n; i++ {
		if len(p.b)-off < 8 {
			p.off = off
			return nil, p.need(8, fmt.Sprintf("string %d of %d", i, n))
		}
		l := binary.LittleEndian.Uint64(p.b[off:])
		if l > uint64(len(p.b)-off-8) {
			return nil, p.errAt(off, ErrTooLarge, "string %d of %d: length %d, only %d bytes left in the file", i, n, l, len(p.b)-off-8)
		}
		off += 8 + int(l)
	}
	all := string(p.b[start:off])
	xs := make([]string, n)
	o := 0
	for i := range xs {
		l := int(binary.LittleEndian.Uint64(p.b[start+o:]))
		xs[i] = all[o+8 : o+8+l]
		o += 8 + l
	}
	p.off = off
	return xs, nil
}

// decodeFixed converts n little-endian values of type t to a Go slice.
func decodeFixed(t ValueType, n int, b []byte) (any, error) {
	le := binary.LittleEndian
	switch t {
	case TypeUint8:
		return slices.Clone(b), nil
	case TypeInt8:
		xs := make([]int8, n)
		for i := range xs {
			xs[i] = int8(b[i])
		}
		return xs, nil
	case TypeBool:
		xs := make([]bool, n)
		for i := range xs {
			if b[i] > 1 {
				return nil, fmt.Errorf("bool array element %d is %d (want 0 or 1)", i, b[i])
			}
			xs[i] = b[i] == 1
		}
		return xs, nil
	case TypeUint16:
		xs := make([]uint16, n)
		for i := range xs {
			xs[i] = le.Uint16(b[2*i:])
		}
		return xs, nil
	case TypeInt16:
		xs := make([]int16, n)
		for i := range xs {
			xs[i] = int16(le.Uint16(b[2*i:]))
		}
		return xs, nil
	case TypeUint32:
		xs := make([]uint32, n)
		for i := range xs {
			xs[i] = le.Uint32(b[4*i:])
		}
		return xs, nil
	case TypeInt32:
		xs := make([]int32, n)
		for i := range xs {
			xs[i] = int32(le.Uint32(b[4*i:]))
		}
		return xs, nil
	case TypeFloat32:
		xs := make([]float32, n)
		for i := range xs {
			xs[i] = math.Float32frombits(le.Uint32(b[4*i:]))
		}
		return xs, nil
	case TypeUint64:
		xs := make([]uint64, n)
		for i := range xs {
			xs[i] = le.Uint64(b[8*i:])
		}
		return xs, nil
	case TypeInt64:
		xs := make([]int64, n)
		for i := range xs {
			xs[i] = int64(le.Uint64(b[8*i:]))
		}
		return xs, nil
	default: // TypeFloat64
		xs := make([]float64, n)
		for i := range xs {
			xs[i] = math.Float64frombits(le.Uint64(b[8*i:]))
		}
		return xs, nil
	}
}

// Parse reads and validates the GGUF file held in data; name is used in
// errors. The File refers to data for tensor contents (nothing is copied but
// metadata), so data must stay unchanged while the File is used.
func Parse(data []byte, name string) (*File, error) {
	p := &parser{name: name, b: data}
	f := &File{Path: name, Size: int64(len(data)), Alignment: DefaultAlignment, data: data}
	if err := p.header(f); err != nil {
		return nil, err
	}
	return f, nil
}

func (p *parser) header(f *File) error {
	if len(p.b) < 4 {
		return p.errAt(0, ErrTruncated, "file is %d bytes, too short for the GGUF magic", len(p.b))
	}
	if string(p.b[:4]) != Magic {
		return p.errAt(0, ErrMagic, "starts with %q, want %q", p.b[:4], Magic)
	}
	p.off = 4
	v, err := p.u32("version")
	if err != nil {
		return err
	}
	switch {
	case v == 2 || v == 3:
	case bits.ReverseBytes32(v) == 2 || bits.ReverseBytes32(v) == 3:
		return p.errAt(4, ErrVersion, "big-endian GGUF (version %d byte-swapped) is not supported", bits.ReverseBytes32(v))
	default:
		return p.errAt(4, ErrVersion, "version %d, want 2 or 3", v)
	}
	f.Version = v
	nTensors, err := p.count("tensor count", minTensorSize)
	if err != nil {
		return err
	}
	nKV, err := p.count("metadata count", minKVSize)
	if err != nil {
		return err
	}
	if err := p.metadata(f, nKV); err != nil {
		return err
	}
	if err := p.tensorInfos(f, nTensors); err != nil {
		return err
	}
	return p.tensorRanges(f)
}

func (p *parser) metadata(f *File, n int) error {
	f.KVs = make([]KV, 0, min(n, prealloc))
	f.keys = make(map[string]int, min(n, prealloc))
	for i := 0; i < n; i++ {
		at := p.off
		p.key = ""
		k, err := p.str(fmt.Sprintf("key of metadata entry %d", i))
		if err != nil {
			return err
		}
		if k == "" {
			return p.errAt(at, ErrName, "metadata entry %d has an empty key", i)
		}
		p.key = k
		if j, dup := f.keys[k]; dup {
			return p.errAt(at, ErrDuplicate, "key appears twice (first at offset %d)", f.KVs[j].Offset)
		}
		t, err := p.u32("value type")
		if err != nil {
			return err
		}
		if !ValueType(t).known() {
			return p.errAt(p.off-4, ErrValueType, "unknown value type %d (want 0..12)", t)
		}
		val, err := p.value(ValueType(t))
		if err != nil {
			return err
		}
		f.keys[k] = len(f.KVs)
		f.KVs = append(f.KVs, KV{Key: k, Value: val, Offset: int64(at)})
	}
	p.key = ""
	if j, ok := f.keys[KeyAlignment]; ok {
		kv := f.KVs[j]
		a, ok := kv.Value.Uint()
		if !ok || a == 0 || a&(a-1) != 0 || a > 1<<30 {
			return &FormatError{File: p.name, Offset: kv.Offset, Key: kv.Key, Err: ErrAlignment,
				Msg: fmt.Sprintf("alignment %v, want a power of two up to 2^30", kv.Value)}
		}
		f.Alignment = int(a)
	}
	return nil
}

func (p *parser) tensorInfos(f *File, n int) error {
	f.Tensors = make([]TensorInfo, 0, min(n, prealloc))
	f.tensors = make(map[string]int, min(n, prealloc))
	for i := 0; i < n; i++ {
		at := p.off
		name, err := p.str(fmt.Sprintf("name of tensor %d", i))
		if err != nil {
			return err
		}
		if name == "" {
			return p.errAt(at, ErrName, "tensor %d has an empty name", i)
		}
		tensorErr := func(class error, format string, args ...any) error {
			e := p.errAt(at, class, format, args...)
			e.Tensor = name
			return e
		}
		if _, dup := f.tensors[name]; dup {
			return tensorErr(ErrDuplicate, "tensor name appears twice")
		}
		nd, err := p.u32("dimension count")
		if err != nil {
			return err
		}
		if nd == 0 || nd > MaxDims {
			return tensorErr(ErrShape, "%d dimensions, want 1..%d", nd, MaxDims)
		}
		dims := make([]uint64, nd)
		for d := range dims {
			x, err := p.u64("dimension")
			if err != nil {
				return err
			}
			if x == 0 || x > math.MaxInt {
				return tensorErr(ErrShape, "dimension %d is %d, want 1..%d", d, x, math.MaxInt)
			}
			dims[d] = x
		}
		ty, err := p.u32("tensor type")
		if err != nil {
			return err
		}
		typ := quant.Type(ty)
		if !typ.Known() || typ.BlockSize() == 0 {
			return tensorErr(ErrTensorType, "unknown tensor type %d", ty)
		}
		rel, err := p.u64("data offset")
		if err != nil {
			return err
		}
		if dims[0]%uint64(typ.BlockSize()) != 0 {
			return tensorErr(ErrShape, "type %s needs row length multiple of %d, got %d", typ, typ.BlockSize(), dims[0])
		}
		size, ok := tensorSize(typ, dims)
		if !ok || size > uint64(f.Size) {
			return tensorErr(ErrRange, "shape %v of %s needs more bytes than the file's %d", dims, typ, f.Size)
		}
		if rel%uint64(f.Alignment) != 0 {
			return tensorErr(ErrAlignment, "data offset %d is not a multiple of the alignment %d", rel, f.Alignment)
		}
		if rel > uint64(f.Size) {
			return tensorErr(ErrRange, "data offset %d is beyond the file's %d bytes", rel, f.Size)
		}
		f.tensors[name] = len(f.Tensors)
		f.Tensors = append(f.Tensors, TensorInfo{Name: name, Type: typ, Dims: dims,
			Offset: rel, Size: size, InfoOffset: int64(at)})
	}
	return nil
}

// tensorSize returns the bytes a tensor of type t and shape dims occupies,
// and false when the computation overflows 64 bits.
func tensorSize(t quant.Type, dims []uint64) (uint64, bool) {
	size := uint64(t.TypeSize())
	for i, d := range dims {
		if i == 0 {
			d /= uint64(t.BlockSize())
		}
		hi, lo := bits.Mul64(size, d)
		if hi != 0 || lo > math.MaxInt64 {
			return 0, false
		}
		size = lo
	}
	return size, true
}

// tensorRanges places the data section after the header and checks that
// every tensor's data lies inside the file and that no two overlap.
func (p *parser) tensorRanges(f *File) error {
	a := int64(f.Alignment)
	f.DataOffset = (int64(p.off) + a - 1) / a * a
	if len(f.Tensors) == 0 {
		return nil
	}
	// Offsets and sizes are at most the file size, so these sums cannot
	// overflow.
	start := func(t *TensorInfo) int64 { return f.DataOffset + int64(t.Offset) }
	end := func(t *TensorInfo) int64 { return start(t) + int64(t.Size) }
	for i := range f.Tensors {
		t := &f.Tensors[i]
		if end(t) > f.Size {
			return &FormatError{File: p.name, Offset: start(t), Tensor: t.Name, Err: ErrTruncated,
				Msg: fmt.Sprintf("data [%d, %d) extends past the end of the file (%d bytes)", start(t), end(t), f.Size)}
		}
	}
	order := make([]int, len(f.Tensors))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(i, j int) int {
		return cmp.Compare(f.Tensors[i].Offset, f.Tensors[j].Offset)
	})
	for k := 1; k < len(order); k++ {
		prev, t := &f.Tensors[order[k-1]], &f.Tensors[order[k]]
		if start(t) < end(prev) {
			return &FormatError{File: p.name, Offset: start(t), Tensor: t.Name, Err: ErrRange,
				Msg: fmt.Sprintf("data [%d, %d) overlaps tensor %q at [%d, %d)", start(t), end(t), prev.Name, start(prev), end(prev))}
		}
	}
	return nil
}
