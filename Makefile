# 综窗 — the two commands: `make run` and `make test`. Both set up what they need.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
EXTRAS ?= dev,pcsc,sane
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)-$(EXTRAS)
OUT ?= out/demo
PYTEST_ARGS ?=
# PYTEST_WORKERS=auto (or a number): `make test` runs the suite on that many pytest-xdist workers
# (--dist loadgroup: tests/conftest.py groups the tests that share the machine's services); empty: one process
PYTEST_WORKERS ?=

.PHONY: run test bench bundle sysdeps venv lint demo gui clean

sysdeps:
	@bash build/setup/sysdeps.sh

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PIP) install -q --disable-pip-version-check --upgrade pip setuptools wheel 2>&1 | grep -v "^WARNING: Location" || true
	@$(PIP) install -q --disable-pip-version-check -e ".[$(EXTRAS)]" 2>&1 | grep -v "^WARNING: Location" ; test $${PIPESTATUS[0]} -eq 0
	@# Augraphy (family ZF's captures) without its declared opencv-python: cv2 stays opencv-python-headless's
	@case ",$(EXTRAS)," in *,dev,*) $(PIP) install -q --disable-pip-version-check --no-deps "augraphy>=8.2,<9" 2>&1 | grep -v "^WARNING: Location" ; test $${PIPESTATUS[0]} -eq 0 ;; esac
	@rm -f $(VENV)/.installed-* && touch $(STAMP)

venv: $(STAMP)

## make run: the workstation on a display; the scripted demo on a headless machine
run: sysdeps venv
	@if [ -n "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}" ] && $(PY) -c "import ui" 2>/dev/null; then \
		$(VENV)/bin/zongchuang gui; \
	else \
		echo "没有显示器，运行脚本化演示 / no display: running the scripted demo"; \
		$(VENV)/bin/zongchuang demo --out $(OUT); \
	fi

demo: sysdeps venv
	$(VENV)/bin/zongchuang demo --out $(OUT)

## make test: lint, import contract, the whole pytest suite (Qt offscreen)
test: sysdeps venv
	$(VENV)/bin/ruff check app hardware sync ui tests benchmarks build
	$(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(if $(PYTEST_WORKERS),-n $(PYTEST_WORKERS) --dist loadgroup) $(PYTEST_ARGS)

lint: venv
	$(VENV)/bin/ruff check app hardware sync ui tests benchmarks build
	$(VENV)/bin/lint-imports

bench: sysdeps venv
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

## make bundle: the PyInstaller one-dir executable (build/dist/zongchuang/), then its own self-test
bundle: sysdeps venv
	@$(PY) -c "import PyInstaller" 2>/dev/null || $(PIP) install -q --disable-pip-version-check -e ".[$(EXTRAS),bundle]"
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath build/dist --workpath build/work build/zongchuang.spec
	@du -sh build/dist/zongchuang
	bash build/frozen-selftest.sh build/dist/zongchuang/zongchuang

clean:
	rm -rf $(VENV) out build/dist build/work .pytest_cache
