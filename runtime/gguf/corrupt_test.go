package gguf

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRawFileIsValid(t *testing.T) {
	for _, v := range []uint32{2, 3} {
		f, err := Parse(rawFile(v, goodTensors()), "good.gguf")
		if err != nil {
			t.Fatalf("version %d: %v", v, err)
		}
		if f.Version != v || len(f.Tensors) != 3 || len(f.KVs) != 2 {
			t.Fatalf("version %d: got version %d, %d tensors, %d keys", v, f.Version, len(f.Tensors), len(f.KVs))
		}
		c, _ := f.Tensor("c")
		if d := f.Data(c); len(d) != 34 || d[0] != 64 || d[33] != 97 {
			t.Errorf("tensor c data: len %d, first %d, last %d; want 34 bytes 64..97", len(d), d[0], d[33])
		}
	}
}

// TestTruncated cuts a valid file at every length and expects a truncation
// error (or a count that no longer fits) each time, never a panic.
func TestTruncated(t *testing.T) {
	full := rawFile(3, goodTensors())
	for n := 0; n < len(full); n++ {
		_, err := Parse(full[:n], "cut.gguf")
		if err == nil {
			t.Fatalf("truncated at %d of %d bytes: no error", n, len(full))
		}
		if !errors.Is(err, ErrTruncated) && !errors.Is(err, ErrTooLarge) {
			t.Fatalf("truncated at %d: error %v is neither ErrTruncated nor ErrTooLarge", n, err)
		}
		if !strings.HasPrefix(err.Error(), "gguf: cut.gguf: ") {
			t.Fatalf("truncated at %d: error %q does not name the file", n, err)
		}
	}
}

func TestCorrupt(t *testing.T) {
	good := goodTensors()
	with := func(edit func(ts []tensorSpec)) []byte {
		ts := goodTensors()
		edit(ts)
		return rawFile(3, ts)
	}
	hugeCount := func(at int) []byte {
		b := rawFile(3, good)
		for i := 0; i < 8; i++ {
			b[at+i] = 0xff
		}
		b[at+7] = 0x0f
		return b
	}
	var dupKey, badValueType, badAlign, nested, badBool raw
	dupKey.header(3, 0, 2)
	dupKey.kvU32("a.b", 1)
	dupKey.kvU32("a.b", 2)
	badValueType.header(3, 0, 1)
	badValueType.str("k")
	badValueType.u32(13)
	badValueType.u32(0)
	badAlign.header(3, 0, 1)
	badAlign.kvU32(KeyAlignment, 48)
	nested.header(3, 0, 1)
	nested.str("deep")
	nested.u32(uint32(TypeArray))
	for i := 0; i < maxDepth+1; i++ {
		nested.u32(uint32(TypeArray))
		nested.u64(1)
	}
	nested.u32(uint32(TypeUint8))
	nested.u64(0)
	badBool.header(3, 0, 1)
	badBool.str("flag")
	badBool.u32(uint32(TypeBool))
	badBool.u8(2)

	cases := []struct {
		name  string
		data  []byte
		class error
		want  string // a fragment of the message
	}{
		{"bad magic", append([]byte("GGML"), rawFile(3, good)[4:]...), ErrMagic, `offset 0: starts with "GGML", want "GGUF"`},
		{"version 1", rawFile(1, good), ErrVersion, "offset 4: version 1, want 2 or 3"},
		{"version 7", rawFile(7, good), ErrVersion, "version 7, want 2 or 3"},
		{"big-endian", rawFile(3<<24, good), ErrVersion, "big-endian"},
		{"huge tensor count", hugeCount(8), ErrTooLarge, "offset 8: tensor count 1152921504606846975"},
		{"huge metadata count", hugeCount(16), ErrTooLarge, "offset 16: metadata count"},
		{"huge key length", hugeCount(24), ErrTooLarge, "offset 24: key of metadata entry 0 length"},
		{"duplicate key", dupKey.b, ErrDuplicate, `key "a.b": key appears twice (first at offset 24)`},
		{"unknown value type", badValueType.b, ErrValueType, "unknown value type 13"},
		{"bad alignment", badAlign.b, ErrAlignment, "alignment 48"},
		{"nesting too deep", nested.b, ErrMetadata, "nested deeper"},
		{"bool not 0 or 1", badBool.b, ErrMetadata, "bool value 2"},
		{"duplicate tensor", with(func(ts []tensorSpec) { ts[1].name = "a" }), ErrDuplicate, `tensor "a": tensor name appears twice`},
		{"unknown tensor type", with(func(ts []tensorSpec) { ts[2].typ = 99 }), ErrTensorType, `tensor "c": unknown tensor type 99`},
		{"deprecated tensor type", with(func(ts []tensorSpec) { ts[2].typ = 4 }), ErrTensorType, "unknown tensor type 4"},
		{"misaligned offset", with(func(ts []tensorSpec) { ts[2].off = 48 }), ErrAlignment, `tensor "c": data offset 48 is not a multiple of the alignment 32`},
		{"row not multiple of block", with(func(ts []tensorSpec) { ts[2].dims = []uint64{100, 1}; ts[2].typ = 12 }),
			ErrShape, `tensor "c": type Q4_K needs row length multiple of 256, got 100`},
		{"five dimensions", with(func(ts []tensorSpec) { ts[0].dims = []uint64{1, 1, 1, 1, 8} }), ErrShape, "5 dimensions, want 1..4"},
		{"zero dimension", with(func(ts []tensorSpec) { ts[1].dims = []uint64{3, 0} }), ErrShape, "dimension 1 is 0"},
		{"size overflows", with(func(ts []tensorSpec) { ts[1].dims = []uint64{1 << 40, 1 << 40} }), ErrRange, "needs more bytes than the file's"},
		{"overlap", with(func(ts []tensorSpec) { ts[1].off = 0 }), ErrRange, `overlaps tensor`},
		{"data past end", rawFile(3, good)[:len(rawFile(3, good))-1], ErrTruncated, `tensor "c": data [`},
		{"offset past end", with(func(ts []tensorSpec) { ts[2].off = 1 << 40; ts[2].size = 0 }), ErrRange, "beyond the file"},
		{"empty tensor name", with(func(ts []tensorSpec) { ts[0].name = "" }), ErrName, "tensor 0 has an empty name"},
	}
	for _, c := range cases {
		_, err := Parse(c.data, "bad.gguf")
		if err == nil {
			t.Errorf("%s: no error", c.name)
			continue
		}
		if !errors.Is(err, c.class) {
			t.Errorf("%s: error %q is not %v", c.name, err, c.class)
		}
		if !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "gguf: bad.gguf: ") {
			t.Errorf("%s: error %q, want it to name bad.gguf and contain %q", c.name, err, c.want)
		}
		var fe *FormatError
		if !errors.As(err, &fe) {
			t.Errorf("%s: error is %T, not *FormatError", c.name, err)
		}
	}
}

// TestOpenErrors checks the file-level failures of Open, including the
// empty file, which cannot be mapped.
func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.gguf")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(empty); !errors.Is(err, ErrTruncated) || !strings.Contains(err.Error(), empty) {
		t.Errorf("empty file: %v", err)
	}
	if _, err := Open(filepath.Join(dir, "missing.gguf")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
	if _, err := Open(dir); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("folder: %v", err)
	}
	cut := filepath.Join(dir, "cut.gguf")
	full := rawFile(3, goodTensors())
	if err := os.WriteFile(cut, full[:len(full)-10], 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(cut); !errors.Is(err, ErrTruncated) {
		t.Errorf("truncated file: %v", err)
	}
}
