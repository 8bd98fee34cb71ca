package gguf

import (
	"bytes"
	"errors"
	"io"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// allValues holds one value of every type, arrays of every element type
// (empty ones too) and nested arrays.
func allValues() map[string]Value {
	return map[string]Value{
		"u8": Uint8(200), "i8": Int8(-100), "u16": Uint16(60000), "i16": Int16(-30000),
		"u32": Uint32(4000000000), "i32": Int32(-2000000000), "f32": Float32(1.5e-6),
		"bool": Bool(true), "str": String("héllo\x00wörld"), "empty.str": String(""),
		"u64": Uint64(math.MaxUint64), "i64": Int64(math.MinInt64), "f64": Float64(math.Pi),
		"a.u8": Array([]uint8{1, 2, 255}), "a.i8": Array([]int8{-1, 127}),
		"a.u16": Array([]uint16{1, 65535}), "a.i16": Array([]int16{-32768, 5}),
		"a.u32": Array([]uint32{7, 0}), "a.i32": Array([]int32{-7, 1, 2}),
		"a.f32": Array([]float32{0.25, float32(math.Inf(-1))}), "a.bool": Array([]bool{true, false, true}),
		"a.str": Array([]string{"Ġ t", "", "<|im_end|>"}), "a.u64": Array([]uint64{1 << 63}),
		"a.i64": Array([]int64{-1 << 62}), "a.f64": Array([]float64{-0.5}),
		"a.empty": Array([]float32{}),
		"a.nested": Array([]Value{
			Array([]string{"x", "y"}),
			Array([]Value{Array([]int32{1, 2, 3}), Array([]bool{})}),
			Array([]uint8{}),
		}),
	}
}

func TestRoundTrip(t *testing.T) {
	vals := allValues()
	b := NewBuilder()
	keys := make([]string, 0, len(vals))
	for k, v := range vals {
		b.Set(k, v)
		keys = append(keys, k)
	}
	b.Set(KeyAlignment, Uint32(64))
	b.SetString("s2", "two")
	b.SetUint32("n", 5)
	b.SetFloat32("x", 0.5)
	b.SetBool("yes", false)
	b.SetStrings("ss", []string{"a"})
	b.SetInt32s("ii", []int32{-3})
	b.SetFloat32s("ff", []float32{2})
	b.SetUint32("n", 6) // replaces, keeps the place

	q8 := make([]byte, 34*3)
	for i := range q8 {
		q8[i] = byte(i * 7)
	}
	f32 := make([]byte, 4*5)
	for i := range f32 {
		f32[i] = byte(i)
	}
	must(t, b.AddTensor("q8", []uint64{32, 3}, quant.Q8_0, q8))
	must(t, b.AddTensor("f32", []uint64{5}, quant.F32, f32))
	// Streamed in pieces of 1 byte.
	must(t, b.AddTensorFunc("stream", []uint64{2, 2, 2, 2}, quant.F16, func(w io.Writer) error {
		for i := 0; i < 32; i++ {
			if _, err := w.Write([]byte{byte(100 + i)}); err != nil {
				return err
			}
		}
		return nil
	}))

	path := filepath.Join(t.TempDir(), "rt.gguf")
	if err := b.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	f, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if f.Version != 3 || f.Alignment != 64 || f.DataOffset%64 != 0 {
		t.Errorf("version %d alignment %d data offset %d", f.Version, f.Alignment, f.DataOffset)
	}
	for _, k := range keys {
		got, ok := f.Value(k)
		if !ok {
			t.Errorf("%s: missing", k)
			continue
		}
		if !reflect.DeepEqual(got, vals[k]) {
			t.Errorf("%s: read back %#v, wrote %#v", k, got, vals[k])
		}
	}
	if n, _ := f.Uint("n"); n != 6 || f.KVs[len(vals)+2].Key != "n" {
		t.Errorf("replaced key: n = %d at %q", n, f.KVs[len(vals)+2].Key)
	}
	if s, _ := f.Strings("ss"); !reflect.DeepEqual(s, []string{"a"}) {
		t.Errorf("ss = %v", s)
	}
	if xs, _ := f.Int32s("ii"); !reflect.DeepEqual(xs, []int32{-3}) {
		t.Errorf("ii = %v", xs)
	}
	if xs, _ := f.Float32s("ff"); !reflect.DeepEqual(xs, []float32{2}) {
		t.Errorf("ff = %v", xs)
	}
	wantData := map[string][]byte{"q8": q8, "f32": f32}
	for _, ti := range f.Tensors {
		if ti.Offset%64 != 0 {
			t.Errorf("%s at offset %d, not aligned to 64", ti.Name, ti.Offset)
		}
		if w, ok := wantData[ti.Name]; ok && !bytes.Equal(f.Data(ti), w) {
			t.Errorf("%s: data differs", ti.Name)
		}
	}
	st, _ := f.Tensor("stream")
	if d := f.Data(st); len(d) != 32 || d[0] != 100 || d[31] != 131 || !reflect.DeepEqual(st.Dims, []uint64{2, 2, 2, 2}) {
		t.Errorf("stream: %d bytes, dims %v", len(d), st.Dims)
	}
	// The file ends after the last tensor's padding.
	// q8 (102 bytes), f32 (20) and stream (32), each padded to 64.
	if f.Size != f.DataOffset+128+64+64 {
		t.Errorf("file size %d, want %d", f.Size, f.DataOffset+256)
	}
}

func TestBuilderErrors(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name  string
		build func(b *Builder)
		want  string
	}{
		{"duplicate tensor", func(b *Builder) {
			b.AddTensor("w", []uint64{4}, quant.F32, make([]byte, 16))
			b.AddTensor("w", []uint64{4}, quant.F32, make([]byte, 16))
		}, `tensor "w" added twice`},
		{"row length", func(b *Builder) { b.AddTensor("w", []uint64{100}, quant.Q4_K, nil) },
			`tensor "w": type Q4_K needs row length multiple of 256, got 100`},
		{"no dims", func(b *Builder) { b.AddTensor("w", nil, quant.F32, nil) }, "0 dimensions"},
		{"zero dim", func(b *Builder) { b.AddTensor("w", []uint64{4, 0}, quant.F32, nil) }, "dimension 1 is 0"},
		{"unknown type", func(b *Builder) { b.AddTensor("w", []uint64{4}, quant.Type(99), nil) }, "unknown type 99"},
		{"short data", func(b *Builder) { b.AddTensor("w", []uint64{4}, quant.F32, make([]byte, 15)) }, "wrote 15 bytes, want 16"},
		{"long data", func(b *Builder) { b.AddTensor("w", []uint64{4}, quant.F32, make([]byte, 17)) }, "more than the tensor's 16"},
		{"callback error", func(b *Builder) {
			b.AddTensorFunc("w", []uint64{4}, quant.F32, func(io.Writer) error { return errors.New("boom") })
		}, `tensor "w": boom`},
		{"bad alignment", func(b *Builder) { b.SetUint32(KeyAlignment, 3) }, "power of two"},
		{"zero value", func(b *Builder) { b.Set("k", Value{}) }, `key "k": invalid`},
		{"non-array in nested", func(b *Builder) { b.Set("k", Array([]Value{Uint8(1)})) }, "element 0 of an array of arrays is a uint8"},
		{"empty key", func(b *Builder) { b.SetBool("", true) }, "empty metadata key"},
	}
	for _, c := range cases {
		b := NewBuilder()
		c.build(b)
		path := filepath.Join(dir, "x.gguf")
		err := b.WriteFile(path)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", c.name, err, c.want)
		}
		if _, serr := os.Stat(path); !errors.Is(serr, os.ErrNotExist) {
			t.Errorf("%s: a failed write left %s behind", c.name, path)
		}
	}
	sub := filepath.Join(dir, "sub")
	must(t, os.Mkdir(sub, 0o755))
	if err := NewBuilder().WriteFile(sub); err == nil || !strings.Contains(err.Error(), sub+": is a directory") {
		t.Errorf("WriteFile onto a folder: error %v, want one naming it as a directory", err)
	}
	must(t, os.Remove(sub))
	if left, _ := filepath.Glob(filepath.Join(dir, "*")); len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// writeSizes records the length of every Write.
type writeSizes struct{ n []int }

func (w *writeSizes) Write(p []byte) (int, error) { w.n = append(w.n, len(p)); return len(p), nil }

// TestWriteToWholeChunks checks that WriteTo hands its writer only whole
// 2 MiB chunks but the last (what lets the page cache keep a new file in huge
// pages), however the tensor callbacks split their data: one 5 MiB write, then
// many small ones.
func TestWriteToWholeChunks(t *testing.T) {
	b := NewBuilder()
	b.SetString("general.architecture", "qwen2")
	big := make([]byte, 5<<20)
	if err := b.AddTensor("big", []uint64{uint64(len(big)) / 4}, quant.F32, big); err != nil {
		t.Fatal(err)
	}
	if err := b.AddTensorFunc("small", []uint64{3 << 18}, quant.F32, func(w io.Writer) error {
		for i := 0; i < 3<<10; i++ {
			if _, err := w.Write(make([]byte, 1<<10)); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	var w writeSizes
	n, err := b.WriteTo(&w)
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for i, k := range w.n {
		total += k
		if i < len(w.n)-1 && k != writeChunk {
			t.Fatalf("write %d of %d is %d bytes, want %d", i, len(w.n), k, writeChunk)
		}
	}
	if int64(total) != n || total < 8<<20 {
		t.Fatalf("writes sum to %d bytes, WriteTo says %d", total, n)
	}
}
