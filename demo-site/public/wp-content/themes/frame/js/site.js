/*
 * Frame & Nation demo theme script: swaps lazy images in, hides the cookie banner once answered,
 * and toggles the mobile menu. No network requests, no third-party code.
 */
(function () {
  function loadLazyImages(root) {
    var images = root.querySelectorAll('img.lazyload[data-src]');
    var load = function (img) {
      if (img.dataset.srcset) img.srcset = img.dataset.srcset;
      if (img.dataset.sizes) img.sizes = img.dataset.sizes;
      img.src = img.dataset.src;
      img.classList.remove('lazyload');
      img.classList.add('lazyloaded');
    };
    if (!('IntersectionObserver' in window)) {
      images.forEach(load);
      return;
    }
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) {
          observer.unobserve(entry.target);
          load(entry.target);
        }
      });
    }, { rootMargin: '200px' });
    images.forEach(function (img) { observer.observe(img); });
  }

  function cookieBanner(root) {
    var banner = root.querySelector('[data-cookie-consent]');
    if (!banner) return;
    var choice = null;
    try {
      choice = window.localStorage.getItem('fn-cookie-consent');
    } catch {
      choice = null;
    }
    if (choice) {
      banner.hidden = true;
      return;
    }
    banner.addEventListener('click', function (event) {
      var button = event.target instanceof Element ? event.target.closest('[data-consent]') : null;
      if (!button) return;
      try {
        window.localStorage.setItem('fn-cookie-consent', button.getAttribute('data-consent') || 'reject');
      } catch {
        // Private mode: the banner simply comes back on the next page.
      }
      banner.hidden = true;
    });
  }

  function menuToggle(root) {
    var button = root.querySelector('.menu-toggle');
    var menu = root.getElementById('primary-menu');
    if (!button || !menu) return;
    button.addEventListener('click', function () {
      var open = button.getAttribute('aria-expanded') === 'true';
      button.setAttribute('aria-expanded', String(!open));
      menu.classList.toggle('toggled', !open);
    });
  }

  loadLazyImages(document);
  cookieBanner(document);
  menuToggle(document);
})();
