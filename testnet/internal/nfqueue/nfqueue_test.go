package nfqueue

import (
	"context"
	"encoding/binary"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// netns makes a network namespace with its loopback up and nft's queue
// NFQUEUE rule (iptables: this kernel family has no nft queue expression) on what it sends, or skips saying what is missing.
func netns(t *testing.T) string {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("needs root (network namespaces, nftables, nfnetlink)")
	}
	for _, tool := range []string{"ip", "iptables"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s missing (make tools installs iproute2 and iptables)", tool)
		}
	}
	ns := fmt.Sprintf("zknfq%d", os.Getpid())
	run(t, "ip", "netns", "add", ns)
	t.Cleanup(func() { _ = exec.Command("ip", "netns", "del", ns).Run() })
	run(t, "ip", "-n", ns, "link", "set", "lo", "up")
	if out, err := exec.Command("ip", "netns", "exec", ns, "iptables", "-A", "OUTPUT", "-o", "lo", "-j", "NFQUEUE", "--queue-num", "7", "--queue-bypass").CombinedOutput(); err != nil {
		t.Skipf("iptables cannot queue here: %v: %s", err, out)
	}
	return ns
}

func run(t *testing.T, name string, args ...string) {
	t.Helper()
	if out, err := exec.Command(name, args...).CombinedOutput(); err != nil {
		t.Fatalf("%s %s: %v: %s", name, strings.Join(args, " "), err, out)
	}
}

// connectTime is how long a TCP connect takes over the namespace's
// loopback (a SYN and a SYN-ACK: two packets the queue holds).
func connectTime(t *testing.T, ns string) time.Duration {
	t.Helper()
	var took time.Duration
	err := InNetns(ns, func() error {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return err
		}
		defer l.Close()
		start := time.Now()
		c, err := net.DialTimeout("tcp", l.Addr().String(), 10*time.Second)
		if err != nil {
			return err
		}
		took = time.Since(start)
		return c.Close()
	})
	if err != nil {
		t.Fatal(err)
	}
	return took
}

// TestDelayerHoldsPackets: with no reader the queue lets packets through
// (bypass); with a Delayer holding 150 ms, a connect takes at least two
// holds; closed, the link works again and nothing stays held.
func TestDelayerHoldsPackets(t *testing.T) {
	ns := netns(t)
	connectTime(t, ns) // bypass: no reader, no delay, no loss

	const hold = 150 * time.Millisecond
	d, err := New(Config{Netns: ns, Queue: 7, Delay: hold, Jitter: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Start(context.Background()); err != nil {
		if strings.Contains(err.Error(), "protocol not supported") {
			t.Skipf("no nfnetlink_queue: %v", err)
		}
		t.Fatal(err)
	}
	took := connectTime(t, ns)
	t.Logf("connect through a queue holding %v ± 20ms: %v", hold, took)
	if took < 2*(hold-20*time.Millisecond) {
		t.Fatalf("connect through the queue took %v, want ≥ %v", took, 2*(hold-20*time.Millisecond))
	}
	if d.Held() < 2 {
		t.Fatalf("held %d packets", d.Held())
	}
	// A second reader of the same queue is refused, naming the queue.
	d2, _ := New(Config{Netns: ns, Queue: 7})
	if err := d2.Start(context.Background()); err == nil || !strings.Contains(err.Error(), "queue 7") {
		d2.Close()
		t.Fatalf("a second reader of queue 7: %v", err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	connectTime(t, ns)
}

func TestConfigChecked(t *testing.T) {
	for _, c := range []Config{{Delay: -1}, {Delay: time.Millisecond, Jitter: 2 * time.Millisecond}, {Jitter: -1}} {
		if _, err := New(c); err == nil {
			t.Errorf("New(%+v) accepted", c)
		}
	}
}

// TestParseBounds: lengths in a netlink datagram are bounded by the
// datagram; a truncated or lying message is refused, not read past.
func TestParseBounds(t *testing.T) {
	m := msg(msgPacket, 0, 7, attr(attrPacketHdr, []byte{0, 0, 0, 42, 0x08, 0x00, 3}))
	msgs, err := parse(m)
	if err != nil || len(msgs) != 1 || msgs[0].typ != msgPacket {
		t.Fatalf("parse: %v %+v", err, msgs)
	}
	if id, ok := packetID(msgs[0].body); !ok || id != 42 {
		t.Fatalf("packetID = %d, %v", id, ok)
	}
	if _, err := parse(m[:len(m)-1]); err == nil {
		t.Fatal("a truncated message parsed")
	}
	lie := append([]byte(nil), m...)
	binary.NativeEndian.PutUint32(lie, 1<<30)
	if _, err := parse(lie); err == nil {
		t.Fatal("a message claiming 1 GiB parsed")
	}
	bad := append([]byte(nil), msgs[0].body...)
	binary.NativeEndian.PutUint16(bad[4:], 200) // the attribute's length past the message
	if _, ok := packetID(bad); ok {
		t.Fatal("an attribute longer than its message was read")
	}
	if _, ok := packetID(bad[:2]); ok {
		t.Fatal("a body shorter than nfgenmsg was read")
	}
}
