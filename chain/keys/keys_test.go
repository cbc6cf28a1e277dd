package keys_test

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkpool/aoraki/chain/keys"
)

func TestCreateLoadImport(t *testing.T) {
	dir := t.TempDir()
	s, err := keys.Open(dir, true)
	if err != nil {
		t.Fatal(err)
	}
	addr, err := s.Create("correct horse")
	if err != nil {
		t.Fatal(err)
	}
	k, err := s.Load(addr, "correct horse")
	if err != nil || k.Address() != addr || crypto.PubkeyToAddress(k.Private().PublicKey) != addr {
		t.Fatalf("load: %v, %v", k, err)
	}
	if _, err := s.Load(addr, "wrong"); !errors.Is(err, keys.ErrBadPassphrase) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	if _, err := s.Load(crypto.PubkeyToAddress(keys.Dev(0, nil).Private().PublicKey), "x"); !errors.Is(err, keys.ErrNoAccount) {
		t.Fatalf("unknown account: %v", err)
	}
	if _, err := s.Create(""); !errors.Is(err, keys.ErrEmptyPassphrase) {
		t.Fatalf("empty passphrase: %v", err)
	}
	imported, err := s.Import(keys.Dev(3, nil), "pw")
	if err != nil {
		t.Fatal(err)
	}
	// A reopened store finds both, and the files hold no plaintext key.
	s2, err := keys.Open(dir, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(s2.Accounts()) != 2 {
		t.Fatalf("accounts %v", s2.Accounts())
	}
	back, err := s2.Load(imported, "pw")
	if err != nil || !bytes.Equal(crypto.FromECDSA(back.Private()), crypto.FromECDSA(keys.Dev(3, nil).Private())) {
		t.Fatalf("imported key differs: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	plain := hex.EncodeToString(crypto.FromECDSA(keys.Dev(3, nil).Private()))
	for _, e := range entries {
		data, _ := os.ReadFile(dir + "/" + e.Name())
		if strings.Contains(string(data), plain) {
			t.Fatalf("%s holds the key in plaintext", e.Name())
		}
	}
	if _, err := keys.Open("", true); err == nil {
		t.Fatal("empty dir accepted")
	}
}

// TestCorruptKeyFileNamed: a key file overwritten with garbage is
// reported as corrupt, naming the file; before, the keystore skipped it in
// silence and the node said "no such account" (found by the chaos suite's
// corrupt-keystore scenario).
func TestCorruptKeyFileNamed(t *testing.T) {
	dir := t.TempDir()
	s, err := keys.Open(dir, true)
	if err != nil {
		t.Fatal(err)
	}
	addr, err := s.Create("pw")
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "UTC--*"))
	if len(files) != 1 {
		t.Fatalf("key files %v", files)
	}
	for _, garbage := range []string{"{not a key", `{"address":"0000000000000000000000000000000000000001"}`} {
		if err := os.WriteFile(files[0], []byte(garbage), 0o600); err != nil {
			t.Fatal(err)
		}
		_, err := keys.LoadKey(dir, addr.Hex(), "pw")
		if !errors.Is(err, keys.ErrCorruptKey) || !strings.Contains(err.Error(), files[0]) {
			t.Fatalf("%q: %v, want ErrCorruptKey naming %s", garbage, err, files[0])
		}
	}
	// An account with no file at all is still just missing.
	if _, err := keys.LoadKey(dir, "0x00000000000000000000000000000000000000aa", "pw"); !errors.Is(err, keys.ErrNoAccount) {
		t.Fatalf("missing account: %v", err)
	}
}

// No printed or logged form of a Key shows the private key.
func TestKeyNeverPrinted(t *testing.T) {
	var logs bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&logs, nil))
	k := keys.Dev(1, log)
	if !k.IsDev() || !strings.Contains(logs.String(), "DEV MODE") {
		t.Fatalf("dev key use not announced: %s", logs.String())
	}
	log.Info("signing", "key", k)
	out := fmt.Sprintf("%v %+v %#v %s %x %q", k, k, k, k, k, k) + logs.String()
	secret := hex.EncodeToString(crypto.FromECDSA(k.Private()))
	if strings.Contains(strings.ToLower(out), secret) {
		t.Fatal("private key printed")
	}
	if !strings.Contains(out, k.Address().Hex()) {
		t.Fatalf("address not shown: %s", out)
	}
}
