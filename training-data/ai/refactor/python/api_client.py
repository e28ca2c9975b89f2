import logging
import time
from dataclasses import dataclass
from typing import Any, Iterator

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


class ApiError(Exception):
    def __init__(self, status: int, message: str, payload: Any = None) -> None:
        super().__init__(f"{status}: {message}")
        self.status = status
        self.payload = payload


@dataclass
class ApiConfig:
    base_url: str
    token: str
    timeout: float = 10.0
    retries: int = 3
    page_size: int = 100


class ApiClient:
    def __init__(self, config: ApiConfig, session: requests.Session | None = None) -> None:
        self.config = config
        self.session = session or self._build_session(config)

    @staticmethod
    def _build_session(config: ApiConfig) -> requests.Session:
        s = requests.Session()
        retry = Retry(
            total=config.retries,
            backoff_factor=0.5,
            status_forcelist=(429, 502, 503, 504),
            allowed_methods=frozenset({"GET", "PUT", "DELETE"}),
            respect_retry_after_header=True,
        )
        s.mount("https://", HTTPAdapter(max_retries=retry))
        s.headers.update({"Authorization": f"Bearer {config.token}", "Accept": "application/json"})
        return s

    def _url(self, path: str) -> str:
        return f"{self.config.base_url.rstrip('/')}/{path.lstrip('/')}"

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        started = time.perf_counter()
        resp = self.session.request(method, self._url(path), timeout=self.config.timeout, **kwargs)
        log.debug("%s %s -> %s in %.0fms", method, path, resp.status_code, (time.perf_counter() - started) * 1000)
        if resp.status_code == 204:
            return None
        try:
            body = resp.json()
        except ValueError:
            body = resp.text
        if not resp.ok:
            msg = body.get("message", resp.reason) if isinstance(body, dict) else resp.reason
            raise ApiError(resp.status_code, msg, body)
        return body

    def get(self, path: str, **params: Any) -> Any:
        return self.request("GET", path, params=params or None)

    def post(self, path: str, data: dict[str, Any]) -> Any:
        return self.request("POST", path, json=data)

    def put(self, path: str, data: dict[str, Any]) -> Any:
        return self.request("PUT", path, json=data)

    def delete(self, path: str) -> None:
        self.request("DELETE", path)

    def paginate(self, path: str, **params: Any) -> Iterator[dict[str, Any]]:
        page = 1
        while True:
            body = self.get(path, page=page, per_page=self.config.page_size, **params)
            items = body.get("items", []) if isinstance(body, dict) else body
            yield from items
            if len(items) < self.config.page_size:
                return
            page += 1

    def list_users(self, active: bool | None = None) -> list[dict[str, Any]]:
        params = {} if active is None else {"active": str(active).lower()}
        return list(self.paginate("/users", **params))

    def get_user(self, user_id: int) -> dict[str, Any]:
        return self.get(f"/users/{user_id}")

    def create_user(self, email: str, name: str) -> dict[str, Any]:
        return self.post("/users", {"email": email, "name": name})

    def deactivate_user(self, user_id: int) -> dict[str, Any]:
        return self.put(f"/users/{user_id}", {"active": False})

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> "ApiClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
