// Package nfqueue holds the packets a network namespace sends for a while
// before letting them go: link latency for kernels without tc netem (and
// without fq, whose departure times could do it), used by package testnet
// (Testnet.Delay) and the chaos suite.
//
// A netfilter rule sends the packets to a queue (iptables' NFQUEUE target,
// "-j NFQUEUE --queue-num N --queue-bypass": nftables' own queue
// expression needs nft_queue, which some kernels lack, this one among
// them, while the xtables target works through iptables-nft); a Delayer reads that queue over nfnetlink (NETLINK_NETFILTER,
// the nfnetlink_queue subsystem, metadata only: no packet is copied) and
// accepts each packet Delay ± Jitter after it was queued, in the order
// they came, so a TCP stream is late but not reordered. With "bypass" a
// queue nobody reads lets packets through, so a Delayer that stops leaves
// the link as it was; a Delayer releases every packet it holds when it
// stops. The kernel queue is fail-open: past its length (MaxLen) packets
// pass undelayed rather than being dropped.
//
// The netlink messages are the kernel's (include/uapi/linux/netfilter/
// nfnetlink_queue.h), built and parsed here with golang.org/x/sys/unix:
// a bind command, copy-meta parameters, then packet messages in and
// verdicts out.
package nfqueue

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sys/unix"
)

// MaxLen is the kernel queue's length: packets past it pass undelayed.
const MaxLen = 1 << 15

// ErrUnavailable is a queue this kernel or this process cannot read (not
// root, no nfnetlink_queue).
var ErrUnavailable = errors.New("nfqueue: unavailable")

// Config says which queue to read, where, and how long to hold packets.
type Config struct {
	// Netns is the named network namespace (/run/netns/NAME) whose queue
	// to read; "" is the caller's.
	Netns string
	// Queue is the queue number the nftables rule names.
	Queue uint16
	// Delay is how long a packet is held; Jitter, at most, more or less
	// (uniformly), never reordering packets.
	Delay, Jitter time.Duration
}

// Delayer reads one netfilter queue and accepts each packet late.
type Delayer struct {
	cfg  Config
	fd   int
	seq  uint32
	held atomic.Uint64

	cancel context.CancelFunc
	wg     sync.WaitGroup
	out    chan pending
	mu     sync.Mutex // serialises sends on fd
}

type pending struct {
	id  uint32
	due time.Time
}

// New checks cfg; Start binds the queue.
func New(cfg Config) (*Delayer, error) {
	if cfg.Delay < 0 || cfg.Jitter < 0 || cfg.Jitter > cfg.Delay {
		return nil, fmt.Errorf("nfqueue: delay %v ± %v: want 0 ≤ jitter ≤ delay", cfg.Delay, cfg.Jitter)
	}
	return &Delayer{cfg: cfg, fd: -1}, nil
}

// Held is how many packets the Delayer has held so far.
func (d *Delayer) Held() uint64 { return d.held.Load() }

// Start opens a netlink socket in the namespace, binds the queue and
// starts holding its packets, until Close or ctx ends.
func (d *Delayer) Start(ctx context.Context) error {
	if d.fd >= 0 {
		return errors.New("nfqueue: started twice")
	}
	fd, err := socketIn(d.cfg.Netns)
	if err != nil {
		return err
	}
	d.fd = fd
	if err := d.bind(); err != nil {
		unix.Close(fd)
		d.fd = -1
		return err
	}
	ctx, d.cancel = context.WithCancel(ctx)
	d.out = make(chan pending, MaxLen)
	d.wg.Add(2)
	go d.read(ctx)
	go d.release(ctx)
	return nil
}

// Close releases every packet held, unbinds the queue and closes the
// socket.
func (d *Delayer) Close() error {
	if d.fd < 0 {
		return nil
	}
	d.cancel()
	d.wg.Wait()
	err := d.request(cfgMsg(d.cfg.Queue, cmdAttr(cfgCmdUnbind)))
	if cerr := unix.Close(d.fd); err == nil {
		err = cerr
	}
	d.fd = -1
	return err
}

// socketIn opens the netfilter netlink socket in namespace ns ("" here):
// a socket stays in the namespace it was made in.
func socketIn(ns string) (int, error) {
	open := func() (int, error) {
		fd, err := unix.Socket(unix.AF_NETLINK, unix.SOCK_RAW|unix.SOCK_CLOEXEC, unix.NETLINK_NETFILTER)
		if err != nil {
			return -1, fmt.Errorf("%w: netlink socket: %v", ErrUnavailable, err)
		}
		if err := unix.Bind(fd, &unix.SockaddrNetlink{Family: unix.AF_NETLINK}); err != nil {
			unix.Close(fd)
			return -1, fmt.Errorf("%w: netlink bind: %v", ErrUnavailable, err)
		}
		// Room for a full queue's messages; no ENOBUFS when it overflows
		// (fail-open lets those packets through); a read timeout so the
		// reader sees its context end.
		_ = unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_RCVBUFFORCE, 16<<20)
		_ = unix.SetsockoptInt(fd, unix.SOL_NETLINK, unix.NETLINK_NO_ENOBUFS, 1)
		tv := unix.NsecToTimeval((100 * time.Millisecond).Nanoseconds())
		if err := unix.SetsockoptTimeval(fd, unix.SOL_SOCKET, unix.SO_RCVTIMEO, &tv); err != nil {
			unix.Close(fd)
			return -1, fmt.Errorf("nfqueue: read timeout: %v", err)
		}
		return fd, nil
	}
	fd := -1
	err := InNetns(ns, func() (err error) {
		fd, err = open()
		return err
	})
	return fd, err
}

// InNetns runs f on a thread in the named network namespace ns
// (/run/netns/NAME; "": here): sockets f opens stay in ns. The thread
// enters the namespace and, if it cannot come back, dies with its
// goroutine (no UnlockOSThread).
func InNetns(ns string, f func() error) error {
	if ns == "" {
		return f()
	}
	errc := make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		self, err := os.Open("/proc/thread-self/ns/net")
		if err != nil {
			runtime.UnlockOSThread()
			errc <- fmt.Errorf("nfqueue: %v", err)
			return
		}
		defer self.Close()
		target, err := os.Open(filepath.Join("/run/netns", ns))
		if err != nil {
			runtime.UnlockOSThread()
			errc <- fmt.Errorf("nfqueue: namespace %s: %v", ns, err)
			return
		}
		defer target.Close()
		if err := unix.Setns(int(target.Fd()), unix.CLONE_NEWNET); err != nil {
			runtime.UnlockOSThread()
			errc <- fmt.Errorf("%w: enter namespace %s: %v", ErrUnavailable, ns, err)
			return
		}
		err = f()
		if unix.Setns(int(self.Fd()), unix.CLONE_NEWNET) == nil {
			runtime.UnlockOSThread()
		}
		errc <- err
	}()
	return <-errc
}

// The kernel's constants (nfnetlink.h, nfnetlink_queue.h, netfilter.h).
const (
	subsysQueue = 3

	msgPacket  = subsysQueue<<8 | 0
	msgVerdict = subsysQueue<<8 | 1
	msgConfig  = subsysQueue<<8 | 2

	cfgCmd    = 1
	cfgParams = 2
	cfgMaxLen = 3
	cfgMask   = 4
	cfgFlags  = 5

	cfgCmdBind   = 1
	cfgCmdUnbind = 2

	copyMeta = 1
	failOpen = 1

	attrPacketHdr  = 1
	attrVerdictHdr = 2

	nfAccept = 1
)

// bind binds the queue, asks for metadata only, sets its length and makes
// it fail-open.
func (d *Delayer) bind() error {
	q := d.cfg.Queue
	if err := d.request(cfgMsg(q, cmdAttr(cfgCmdBind))); err != nil {
		return fmt.Errorf("%w: bind queue %d (is nfnetlink_queue in this kernel, and is another reader bound?): %v", ErrUnavailable, q, err)
	}
	params := attr(cfgParams, []byte{0, 0, 0, 0, copyMeta}) // copy_range 0, meta only
	maxLen := attr(cfgMaxLen, be32(MaxLen))
	flags := append(attr(cfgMask, be32(failOpen)), attr(cfgFlags, be32(failOpen))...)
	if err := d.request(cfgMsg(q, append(append(params, maxLen...), flags...))); err != nil {
		return fmt.Errorf("nfqueue: configure queue %d: %v", q, err)
	}
	return nil
}

func cmdAttr(cmd byte) []byte { return attr(cfgCmd, []byte{cmd, 0, 0, 0}) } // cmd, pad, pf 0

func cfgMsg(queue uint16, attrs []byte) []byte {
	return msg(msgConfig, unix.NLM_F_REQUEST|unix.NLM_F_ACK, queue, attrs)
}

// msg is a netlink message: the header, nfgenmsg (family, version 0, the
// queue number big-endian) and attrs.
func msg(typ, flags, queue uint16, attrs []byte) []byte {
	b := make([]byte, unix.NLMSG_HDRLEN+4, unix.NLMSG_HDRLEN+4+len(attrs))
	b = append(b, attrs...)
	binary.NativeEndian.PutUint32(b[0:], uint32(len(b)))
	binary.NativeEndian.PutUint16(b[4:], typ)
	binary.NativeEndian.PutUint16(b[6:], flags)
	binary.BigEndian.PutUint16(b[unix.NLMSG_HDRLEN+2:], queue)
	return b
}

// attr is a netlink attribute, padded to 4 bytes.
func attr(typ uint16, data []byte) []byte {
	n := unix.SizeofNlAttr + len(data)
	b := make([]byte, (n+3)&^3)
	binary.NativeEndian.PutUint16(b[0:], uint16(n))
	binary.NativeEndian.PutUint16(b[2:], typ)
	copy(b[unix.SizeofNlAttr:], data)
	return b
}

func be32(v uint32) []byte { return binary.BigEndian.AppendUint32(nil, v) }

// send writes one message to the kernel with the next sequence number.
func (d *Delayer) send(m []byte) (uint32, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.seq++
	binary.NativeEndian.PutUint32(m[8:], d.seq)
	return d.seq, unix.Sendto(d.fd, m, 0, &unix.SockaddrNetlink{Family: unix.AF_NETLINK})
}

// request sends m (with NLM_F_ACK) and waits for its acknowledgement;
// called only while no reader runs.
func (d *Delayer) request(m []byte) error {
	seq, err := d.send(m)
	if err != nil {
		return err
	}
	buf := make([]byte, 8192)
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		n, _, err := unix.Recvfrom(d.fd, buf, 0)
		if err != nil {
			if err == unix.EAGAIN || err == unix.EINTR {
				continue
			}
			return err
		}
		msgs, err := parse(buf[:n])
		if err != nil {
			return err
		}
		for _, r := range msgs {
			if r.typ == unix.NLMSG_ERROR && r.seq == seq {
				if len(r.body) < 4 {
					return errors.New("short netlink error message")
				}
				if e := int32(binary.NativeEndian.Uint32(r.body)); e != 0 {
					return unix.Errno(-e)
				}
				return nil
			}
		}
	}
	return errors.New("no answer from the kernel in 5 s")
}

type nlmsg struct {
	typ  uint16
	seq  uint32
	body []byte // after the netlink header
}

// parse splits a datagram into its netlink messages, bounding every
// length by the datagram.
func parse(b []byte) ([]nlmsg, error) {
	var out []nlmsg
	for len(b) >= unix.NLMSG_HDRLEN {
		l := int(binary.NativeEndian.Uint32(b))
		if l < unix.NLMSG_HDRLEN || l > len(b) {
			return out, fmt.Errorf("netlink message of %d bytes in %d", l, len(b))
		}
		out = append(out, nlmsg{typ: binary.NativeEndian.Uint16(b[4:]), seq: binary.NativeEndian.Uint32(b[8:]), body: b[unix.NLMSG_HDRLEN:l]})
		l = (l + 3) &^ 3
		if l > len(b) {
			break
		}
		b = b[l:]
	}
	return out, nil
}

// packetID is the id of a queued packet's message (its NFQA_PACKET_HDR).
func packetID(body []byte) (uint32, bool) {
	if len(body) < 4 {
		return 0, false
	}
	a := body[4:] // after nfgenmsg
	for len(a) >= unix.SizeofNlAttr {
		l := int(binary.NativeEndian.Uint16(a))
		typ := binary.NativeEndian.Uint16(a[2:]) &^ (1<<15 | 1<<14) // NLA_F_NESTED, NLA_F_NET_BYTEORDER
		if l < unix.SizeofNlAttr || l > len(a) {
			return 0, false
		}
		if typ == attrPacketHdr && l >= unix.SizeofNlAttr+4 {
			return binary.BigEndian.Uint32(a[unix.SizeofNlAttr:]), true
		}
		l = (l + 3) &^ 3
		if l > len(a) {
			break
		}
		a = a[l:]
	}
	return 0, false
}

// read takes the queue's packet messages and hands each, with its due
// time, to release.
func (d *Delayer) read(ctx context.Context) {
	defer d.wg.Done()
	defer close(d.out)
	buf := make([]byte, 1<<16)
	var last time.Time
	for ctx.Err() == nil {
		n, _, err := unix.Recvfrom(d.fd, buf, 0)
		if err != nil {
			continue // the read timeout, EINTR, or (never with NO_ENOBUFS) an overrun
		}
		msgs, _ := parse(buf[:n])
		for _, m := range msgs {
			if m.typ != msgPacket {
				continue
			}
			id, ok := packetID(m.body)
			if !ok {
				continue
			}
			due := time.Now().Add(d.cfg.Delay)
			if d.cfg.Jitter > 0 {
				due = due.Add(time.Duration(rand.Int64N(int64(2*d.cfg.Jitter+1))) - d.cfg.Jitter)
			}
			if due.Before(last) { // never reorder
				due = last
			}
			last = due
			d.held.Add(1)
			select {
			case d.out <- pending{id, due}:
			case <-ctx.Done():
				_ = d.accept(id)
			}
		}
	}
}

// release accepts each packet at its due time, in order; once the
// Delayer stops, every packet still held at once.
func (d *Delayer) release(ctx context.Context) {
	defer d.wg.Done()
	t := time.NewTimer(0)
	defer t.Stop()
	for p := range d.out {
		if wait := time.Until(p.due); wait > 0 && ctx.Err() == nil {
			t.Reset(wait)
			select {
			case <-t.C:
			case <-ctx.Done():
			}
		}
		_ = d.accept(p.id)
	}
}

// accept lets packet id go on.
func (d *Delayer) accept(id uint32) error {
	v := attr(attrVerdictHdr, append(be32(nfAccept), be32(id)...))
	_, err := d.send(msg(msgVerdict, unix.NLM_F_REQUEST, d.cfg.Queue, v))
	return err
}
