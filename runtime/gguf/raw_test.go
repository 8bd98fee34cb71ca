package gguf

import (
	"encoding/binary"
	"math"
	"testing"

	"github.com/qwenkit/qwenkit/internal/fixturedir"
)

// raw builds GGUF bytes by hand, independently of Builder, so tests can
// write files the Builder would refuse (duplicates, misaligned offsets,
// unknown types) and check the reader against an encoding it did not make.
type raw struct{ b []byte }

func (r *raw) u8(x uint8)    { r.b = append(r.b, x) }
func (r *raw) u32(x uint32)  { r.b = binary.LittleEndian.AppendUint32(r.b, x) }
func (r *raw) u64(x uint64)  { r.b = binary.LittleEndian.AppendUint64(r.b, x) }
func (r *raw) f32(x float32) { r.u32(math.Float32bits(x)) }
func (r *raw) str(s string)  { r.u64(uint64(len(s))); r.b = append(r.b, s...) }
func (r *raw) pad(a int) {
	for len(r.b)%a != 0 {
		r.b = append(r.b, 0)
	}
}

func (r *raw) header(version uint32, nTensors, nKV uint64) {
	r.b = append(r.b, "GGUF"...)
	r.u32(version)
	r.u64(nTensors)
	r.u64(nKV)
}

func (r *raw) kvU32(key string, x uint32) { r.str(key); r.u32(uint32(TypeUint32)); r.u32(x) }
func (r *raw) kvStr(key, s string)        { r.str(key); r.u32(uint32(TypeString)); r.str(s) }

func (r *raw) tensor(name string, dims []uint64, typ uint32, off uint64) {
	r.str(name)
	r.u32(uint32(len(dims)))
	for _, d := range dims {
		r.u64(d)
	}
	r.u32(typ)
	r.u64(off)
}

// tensorSpec is one tensor of a hand-made file.
type tensorSpec struct {
	name string
	dims []uint64
	typ  uint32
	off  uint64
	size int
}

// rawFile returns a complete little file: two metadata entries, then the
// tensors as given, the data section aligned to 32 and filled with a byte
// pattern up to the end of the last tensor.
func rawFile(version uint32, tensors []tensorSpec) []byte {
	var r raw
	r.header(version, uint64(len(tensors)), 2)
	r.kvStr("general.architecture", "qwen2")
	r.kvU32("qwen2.block_count", 1)
	end := 0
	for _, t := range tensors {
		r.tensor(t.name, t.dims, t.typ, t.off)
		if t.size > 0 {
			end = max(end, int(t.off)+t.size)
		}
	}
	r.pad(32)
	for i := 0; i < end; i++ {
		r.u8(byte(i))
	}
	return r.b
}

// goodTensors are two F32 tensors and one Q8_0 tensor, packed and aligned.
func goodTensors() []tensorSpec {
	return []tensorSpec{
		{"a", []uint64{4, 2}, 0, 0, 32},
		{"b", []uint64{3}, 0, 32, 12},
		{"c", []uint64{32, 1}, 8, 64, 34},
	}
}

// fixtures returns the shared fixtures folder beside the checkout.
func fixtures(t testing.TB) string { return fixturedir.Path(t) }
