package qwen2

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/qwenkit/qwenkit/runtime/internal/mmap"
	"github.com/qwenkit/qwenkit/runtime/vecdot"
)

// A weight cache file (Options.CacheDir) holds the copy that LoadWith's
// default makes of a GGUF model's weights (interleave), so that a later
// load maps it, read-only and shared, instead of copying again:
//
//	bytes 0–7     magic "QWKWCACH"
//	8–11          cacheFormat (uint32, little-endian like the rest)
//	12–15         vecdot.LayoutVersion
//	16–19         vecdot.GroupRows
//	20–27         header length h (a multiple of 4096)
//	28–35         the model file's size
//	36–43         the model file's modification time (Unix nanoseconds)
//	44–75         SHA-256 of the model file's first 1 MiB (its header)
//	76–79         n, the number of weight matrices
//	then n × 33   each matrix in Model.matrices' order: type (uint32), rows
//	              and columns (uint64), its bytes (uint64), interleaved (1
//	              byte: 1 in vecdot's interleaved layout, 0 as in the file)
//	to h          zeros
//	h …           the matrices one after another, as weightPlan lays them out
//
// A file is used only when its first h bytes equal those LoadWith expects
// for the model file and this CPU, and its size is h plus the matrices'.
// Anything else (another model file at the same path, a file modified
// since, a layout or CPU that interleaves other matrices, a truncated or
// damaged header) makes LoadWith write it again. The matrices' bytes are
// not checksummed: like the model file itself, they are trusted once their
// header matches.
const (
	cacheMagic  = "QWKWCACH"
	cacheFormat = 1
	cacheAlign  = 4096
	cacheHead   = 1 << 20 // bytes of the model file hashed into the header
	cacheExt    = ".qwkw"
)

// cacheHeader returns the header a cache of p's copy of the model file at
// path must start with.
func cacheHeader(path string, p weightPlan) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	h := sha256.New()
	if _, err := io.Copy(h, io.LimitReader(f, cacheHead)); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var b []byte
	b = append(b, cacheMagic...)
	b = binary.LittleEndian.AppendUint32(b, cacheFormat)
	b = binary.LittleEndian.AppendUint32(b, vecdot.LayoutVersion)
	b = binary.LittleEndian.AppendUint32(b, vecdot.GroupRows)
	n := 80 + 33*len(p.ms)
	hlen := (n + cacheAlign - 1) / cacheAlign * cacheAlign
	b = binary.LittleEndian.AppendUint64(b, uint64(hlen))
	b = binary.LittleEndian.AppendUint64(b, uint64(st.Size()))
	b = binary.LittleEndian.AppendUint64(b, uint64(st.ModTime().UnixNano()))
	b = h.Sum(b)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(p.ms)))
	for i, w := range p.ms {
		b = binary.LittleEndian.AppendUint32(b, uint32(w.Type))
		b = binary.LittleEndian.AppendUint64(b, uint64(w.Rows))
		b = binary.LittleEndian.AppendUint64(b, uint64(w.Cols))
		b = binary.LittleEndian.AppendUint64(b, uint64(len(w.Data)))
		il := byte(0)
		if p.il[i] {
			il = 1
		}
		b = append(b, il)
	}
	return append(b, make([]byte, hlen-len(b))...), nil
}

// cacheName is the cache file in dir for the model file at path: one per
// path (so that a model file replaced at its path replaces its cache file
// rather than adding one), named after the file for people who look.
func cacheName(dir, path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	sum := sha256.Sum256([]byte(abs))
	return filepath.Join(dir, strings.TrimSuffix(filepath.Base(path), ".gguf")+"-"+hex.EncodeToString(sum[:6])+cacheExt)
}

// openCache maps the cache file name if it holds hdr and then size bytes,
// returning the bytes after the header and the function that unmaps them;
// nil where the file is missing or is not that cache.
func openCache(name string, hdr []byte, size int) ([]byte, io.Closer, error) {
	f, err := os.Open(name)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, nil, nil
		}
		return nil, nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	if st.Size() != int64(len(hdr)+size) {
		return nil, nil, nil
	}
	got := make([]byte, len(hdr))
	if _, err := io.ReadFull(f, got); err != nil || !bytes.Equal(got, hdr) {
		return nil, nil, nil
	}
	data, release, err := mmap.Open(f, len(hdr)+size)
	if err != nil {
		return nil, nil, fmt.Errorf("map %s: %w", name, err)
	}
	return data[len(hdr):], closerFunc(func() error { return release(data) }), nil
}

// writeCache writes hdr and data as the cache file name: into a temporary
// file beside it, flushed to disk and then renamed, so that name is always
// either absent, an older file, or complete, whatever happens meanwhile (a
// crash, a full disk, another process writing the same cache). It first
// removes its own temporary files older than an hour (left by a crash) and
// refuses to start where free (diskFree in LoadWith) reports less free space
// on the file system than the file needs and a twentieth of it more. Cost: a
// write of the whole copy.
func writeCache(name string, hdr, data []byte, free func(dir string) (int64, bool)) (err error) {
	dir := filepath.Dir(name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if old, _ := filepath.Glob(name + ".*.tmp"); len(old) > 0 {
		for _, o := range old {
			if st, err := os.Stat(o); err == nil && time.Since(st.ModTime()) > time.Hour {
				os.Remove(o)
			}
		}
	}
	need := int64(len(hdr) + len(data))
	if n, ok := free(dir); ok && n < need+need/20 {
		return fmt.Errorf("%s: %d bytes free, the cache needs %d", dir, n, need)
	}
	f, err := os.CreateTemp(dir, filepath.Base(name)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if _, err = f.Write(hdr); err != nil {
		return err
	}
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Rename(f.Name(), name); err != nil {
		return err
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync() // the rename's durability; a file system that cannot sync a directory loses only the cache
		d.Close()
	}
	return nil
}

// interleaveCached is interleave with a cache file in dir (Options.CacheDir):
// where interleave would copy the weights, it maps the cache file of the
// model file at path instead when there is a valid one, and otherwise makes
// the copy, writes it to the cache file and then maps that, releasing the
// copy. Where the cache cannot be read or written (a full disk, a
// directory it may not write), the model keeps the copy in memory, as
// interleave leaves it, and WeightCache reports why. available and free
// report the memory and the disk space left (hugemem.Available and
// diskFree in LoadWith).
func (m *Model) interleaveCached(path, dir string, available func() (int64, bool), free func(dir string) (int64, bool)) error {
	p := m.plan()
	if !p.any || !m.canDropPages() {
		return nil
	}
	name := cacheName(dir, path)
	hdr, err := cacheHeader(path, p)
	if err != nil {
		m.cacheErr = fmt.Errorf("qwen2: weight cache for %s: %w", path, err)
		_, err = m.interleave(available)
		return err
	}
	data, closer, err := openCache(name, hdr, p.total)
	if err != nil {
		m.cacheErr = fmt.Errorf("qwen2: weight cache %s: %w", name, err)
	}
	if data != nil {
		// The model file's pages that loading brought in (its header, and
		// with a page cache in 2 MiB folios, whole folios around each norm
		// vector read) leave resident memory: nothing reads them again.
		var srcs [][]byte
		for _, w := range p.ms {
			srcs = append(srcs, w.Data)
		}
		drops := newPageDrops(srcs, m.file.(pageDropper).DropPages)
		for _, b := range srcs {
			drops.done(b)
		}
		m.useCache(p, data, closer, name)
		return nil
	}
	p, buf, release, err := m.copyWeights(p, available)
	if err != nil || buf == nil {
		return err
	}
	if err := writeCache(name, hdr, buf, free); err != nil {
		return m.keepCopy(p, release, fmt.Errorf("qwen2: weight cache %s: %w", name, err))
	}
	data, closer, err = openCache(name, hdr, p.total)
	if data == nil {
		if err == nil {
			err = errors.New("written but not readable back")
		}
		return m.keepCopy(p, release, fmt.Errorf("qwen2: weight cache %s: %w", name, err))
	}
	m.useCache(p, data, closer, name)
	return release()
}

// useCache points p's matrices at data, the mapped cache file name, which
// closer unmaps when the model closes.
func (m *Model) useCache(p weightPlan, data []byte, closer io.Closer, name string) {
	m.point(p, data)
	m.file = closers{m.file, closer}
	m.cachePath, m.cacheErr = name, nil
}

// keepCopy leaves the model reading the in-memory copy that free releases,
// recording why the cache is not used.
func (m *Model) keepCopy(p weightPlan, free func() error, why error) error {
	m.file = closers{m.file, closerFunc(free)}
	m.copied = int64(p.total)
	m.cacheErr = why
	return nil
}

// WeightCache returns the cache file the model's weights are mapped from
// (Options.CacheDir), or "" and, where a cache was asked for but not used,
// the reason (the model then reads an in-memory copy, or the mapped model
// file where no matrix has an interleaved layout on this CPU).
func (m *Model) WeightCache() (string, error) { return m.cachePath, m.cacheErr }
