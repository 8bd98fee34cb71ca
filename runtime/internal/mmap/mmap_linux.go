//go:build linux

package mmap

import (
	"os"
	"unsafe"

	"golang.org/x/sys/unix"
)

// hugePage is the size of an x86-64 and arm64 transparent huge page (a PMD).
const hugePage = 2 << 20

// mapFile maps size bytes of f read-only and shared, at an address aligned to
// 2 MiB, and asks for transparent huge pages (madvise MADV_HUGEPAGE).
//
// Why: decode streams every weight once per token, and with 4 KiB pages each
// 64 KiB of weights costs sixteen TLB misses, which under a hypervisor walk two
// page tables. On kernels whose page cache holds large folios for the file
// system (ext4 since Linux 6.16, xfs, tmpfs with huge=), a file read through a
// huge-page mapping is cached in 2 MiB folios and mapped with one PMD entry
// each: file offsets and addresses are both 2 MiB-aligned here, which the
// kernel requires. Where the kernel cannot, the advice is ignored and the
// mapping behaves like a plain one. Pages already cached in small folios stay
// small until the page cache drops them.
//
// Cost: three mmap/munmap calls and one madvise; no page is touched.
func mapFile(f *os.File, size int) ([]byte, func([]byte) error, error) {
	// Reserve size plus one huge page of address space, then map the file
	// over the first 2 MiB boundary inside it and return the slack.
	span := uintptr(size) + hugePage
	res, err := unix.MmapPtr(-1, 0, nil, span, unix.PROT_NONE, unix.MAP_PRIVATE|unix.MAP_ANONYMOUS|unix.MAP_NORESERVE)
	if err != nil {
		return plainMap(f, size)
	}
	head := -uintptr(res) & (hugePage - 1)
	at, err := unix.MmapPtr(int(f.Fd()), 0, unsafe.Add(res, head), uintptr(size), unix.PROT_READ, unix.MAP_SHARED|unix.MAP_FIXED)
	if err != nil {
		unix.MunmapPtr(res, span)
		return plainMap(f, size)
	}
	if head > 0 {
		unix.MunmapPtr(res, head)
	}
	page := uintptr(os.Getpagesize())
	mapped := (uintptr(size) + page - 1) &^ (page - 1)
	if tail := span - head - mapped; tail > 0 {
		unix.MunmapPtr(unsafe.Add(at, mapped), tail)
	}
	b := unsafe.Slice((*byte)(at), size)
	_ = unix.Madvise(b, unix.MADV_HUGEPAGE) // advice only: an old kernel or THP "never" refuses it
	return b, unmap, nil
}

// unmap releases a mapping made by mapFile.
func unmap(b []byte) error {
	return unix.MunmapPtr(unsafe.Pointer(unsafe.SliceData(b)), uintptr(len(b)))
}

// plainMap is mapFile without the alignment, for when reserving address
// space fails.
func plainMap(f *os.File, size int) ([]byte, func([]byte) error, error) {
	b, err := unix.Mmap(int(f.Fd()), 0, size, unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		return nil, nil, err
	}
	return b, unix.Munmap, nil
}

// dropPages is DropPages on Linux: MADV_DONTNEED on the page-aligned
// interior of b (shared file pages: nothing is lost).
func dropPages(b []byte) {
	page := uintptr(os.Getpagesize())
	p := unsafe.Pointer(unsafe.SliceData(b))
	start := uintptr(p)
	lo, hi := (start+page-1)&^(page-1), (start+uintptr(len(b)))&^(page-1)
	if hi > lo {
		_ = unix.Madvise(unsafe.Slice((*byte)(unsafe.Add(p, lo-start)), hi-lo), unix.MADV_DONTNEED) // advice: a failure leaves the pages mapped
	}
}

// canDropPages is CanDropPages here.
const canDropPages = true
