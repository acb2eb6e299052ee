package org.civicbot.bot.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Swedish first, English with {@code ?lang=en}; the choice is remembered in a cookie. The public wiki pages show
 * what editors wrote to anyone, so they also forbid the browser every script, plugin and frame that is not
 * civicbot's own: should escaping ever miss something, it still cannot run.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final String PUBLIC_PAGES_POLICY =
            "default-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("civicbot-lang");
        resolver.setDefaultLocale(Locale.forLanguageTag("sv"));
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        // Not on webhooks: reading ?lang would make the servlet parse a form body that a signature covers.
        registry.addInterceptor(interceptor).excludePathPatterns("/webhooks/**");
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                response.setHeader("Content-Security-Policy", PUBLIC_PAGES_POLICY);
                return true;
            }
        }).addPathPatterns("/wiki", "/wiki/**", "/map", "/t/**");
    }
}
